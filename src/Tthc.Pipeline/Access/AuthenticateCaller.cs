using Microsoft.Extensions.Options;
using Tthc.Core.Access;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Access;

/// <summary>Turns a bearer key into the caller it belongs to: the configured admin key, or a stored, active key.</summary>
public sealed class AuthenticateCaller(IAccessKeyStore keys, IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly string? adminHash = string.IsNullOrEmpty(options.Value.AdminKey) ? null : AccessKeySecret.Hash(options.Value.AdminKey);

    /// <summary>The caller, or null when the key is unknown, revoked or expired.</summary>
    public async Task<Caller?> ExecuteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (adminHash is not null && AccessKeySecret.Matches(key, adminHash))
        {
            return Caller.Admin;
        }

        if (!AccessKeySecret.TryReadId(key, out var id))
        {
            return null;
        }

        var stored = await keys.GetAsync(id, cancellationToken);
        return stored is not null && AccessKeySecret.Matches(key, stored.Hash) && stored.IsActiveAt(time.GetUtcNow()) ? stored.AsCaller() : null;
    }
}
