using Tthc.Core.Access;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Access;

/// <summary>The keys a caller may see: all for admin; for a province key, its province's keys and its units' keys.</summary>
public sealed class ListAccessKeys(IAccessKeyStore keys, IUnitRegistryStore registry)
{
    /// <summary>The keys (hashes included; never the keys themselves, which are not stored), oldest first.</summary>
    public async Task<IReadOnlyList<AccessKey>> ExecuteAsync(Caller by, CancellationToken cancellationToken = default)
    {
        var all = await keys.ListAsync(cancellationToken);
        var units = await registry.GetAsync(cancellationToken);
        return [.. all
            .Where(k => by.IsAdmin || (k.Role == AccessRole.Province ? by.CoversProvince(k.Scope) : by.CoversUnit(k.Scope, units)))
            .OrderBy(k => k.CreatedAt)];
    }
}
