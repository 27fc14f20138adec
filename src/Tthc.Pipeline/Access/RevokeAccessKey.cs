using Tthc.Core.Access;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Access;

/// <summary>Revokes a key at once (admin any; a province key those of its own units) and records it in the audit log.</summary>
public sealed class RevokeAccessKey(IAccessKeyStore keys, IUnitRegistryStore registry, IAuditLog audit, TimeProvider time)
{
    /// <summary>The revoked key (unchanged when already revoked), or null when there is no such key.</summary>
    /// <exception cref="AccessDeniedException"><paramref name="by"/> may not revoke it.</exception>
    public async Task<AccessKey?> ExecuteAsync(Caller by, string id, CancellationToken cancellationToken = default)
    {
        var key = await keys.GetAsync(id, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var units = await registry.GetAsync(cancellationToken);
        if (!by.IsAdmin && !(key.Role == AccessRole.Unit && by.CoversUnit(key.Scope, units)))
        {
            throw new AccessDeniedException($"Khóa {id} không thuộc phạm vi của khóa này / key {id} is outside this key's scope.");
        }

        if (key.RevokedAt is not null)
        {
            return key;
        }

        var now = time.GetUtcNow();
        var revoked = key with { RevokedAt = now };
        await keys.SaveAsync(revoked, cancellationToken);
        var province = key.Role == AccessRole.Province ? key.Scope : units.Records.FirstOrDefault(r => r.Code == key.Scope)?.Province;
        await audit.AppendAsync(AuditEntry.By(by, now, AuditActions.KeyRevoke, province, id, before: "active", after: "revoked"), cancellationToken);
        return revoked;
    }
}
