using Tthc.Core.Access;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Access;

/// <summary>
/// Makes a unit or province key. Admin makes any; a province key makes unit keys of its own units (as the registry
/// has them), so a province hands each unit its key without the admin.
/// </summary>
public sealed class CreateAccessKey(IAccessKeyStore keys, IUnitRegistryStore registry, IAuditLog audit, TimeProvider time)
{
    /// <summary>Creates the key and records it in the audit log.</summary>
    /// <exception cref="AccessDeniedException"><paramref name="by"/> may not make this key.</exception>
    public async Task<CreatedAccessKey> ExecuteAsync(Caller by, AccessRole role, string scope, DateTimeOffset? expires, CancellationToken cancellationToken = default)
    {
        if (role == AccessRole.Admin)
        {
            throw new AccessDeniedException("Không tạo được khóa quản trị; khóa quản trị lấy từ cấu hình Auth:AdminKey / admin keys are not made here: the admin key is the Auth:AdminKey setting.");
        }

        if (!by.IsAdmin && !(role == AccessRole.Unit && by.CoversUnit(scope, await registry.GetAsync(cancellationToken))))
        {
            throw new AccessDeniedException($"Khóa của tỉnh chỉ tạo được khóa cho đơn vị thuộc tỉnh mình; '{scope}' không thuộc {by.Scope} / a province key makes keys only for its own units.");
        }

        var now = time.GetUtcNow();
        var (id, key) = AccessKeySecret.Generate();
        var stored = new AccessKey(id, role, scope, AccessKeySecret.Hash(key), by.KeyId, now, expires, RevokedAt: null);
        await keys.AddAsync(stored, cancellationToken);
        await audit.AppendAsync(AuditEntry.By(by, now, AuditActions.KeyCreate, await ProvinceOfAsync(role, scope, cancellationToken), id, after: $"{role.ToString().ToLowerInvariant()}:{scope}"), cancellationToken);
        return new CreatedAccessKey(stored, key);
    }

    private async Task<string?> ProvinceOfAsync(AccessRole role, string scope, CancellationToken cancellationToken)
        => role == AccessRole.Province ? scope : (await registry.GetAsync(cancellationToken)).Records.FirstOrDefault(r => r.Code == scope)?.Province;
}
