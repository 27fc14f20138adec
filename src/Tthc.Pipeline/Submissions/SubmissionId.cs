using System.Security.Cryptography;
using System.Text;

namespace Tthc.Pipeline.Submissions;

/// <summary>Submission identity: derived from unit and content, so ingesting the same bytes twice is one submission.</summary>
public static class SubmissionId
{
    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public static string HashContent(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The submission id for a unit's file with this content hash.</summary>
    public static string For(string unitCode, string contentHash)
        => "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(unitCode + "\n" + contentHash)))[..24];
}
