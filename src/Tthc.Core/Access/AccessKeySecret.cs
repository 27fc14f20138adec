using System.Security.Cryptography;
using System.Text;

namespace Tthc.Core.Access;

/// <summary>
/// The key format: <c>tthc_{id}_{secret}</c>, with a 64-bit public id and a 192-bit random secret (base64url). The id
/// lets a request be checked with one point read; only the SHA-256 hash of the whole key is kept.
/// </summary>
public static class AccessKeySecret
{
    private const string Prefix = "tthc_";

    /// <summary>A new random key and its id.</summary>
    public static (string Id, string Key) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>SHA-256 of the key, lower-case hex.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="hash"/> (constant time).</summary>
    public static bool Matches(string key, string hash)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));

    /// <summary>The id part of a key of this format; false for anything else.</summary>
    public static bool TryReadId(string key, out string id)
    {
        id = string.Empty;
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return false;
        }

        var end = key.IndexOf('_', Prefix.Length);
        if (end != Prefix.Length + 16 || key.AsSpan(Prefix.Length, 16).ContainsAnyExcept("0123456789abcdef"))
        {
            return false;
        }

        id = key[Prefix.Length..end];
        return true;
    }
}
