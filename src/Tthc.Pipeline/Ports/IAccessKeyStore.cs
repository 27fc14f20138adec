using Tthc.Core.Access;

namespace Tthc.Pipeline.Ports;

/// <summary>The <c>AccessKeys</c> table: keys by id, stored as hashes.</summary>
public interface IAccessKeyStore
{
    /// <summary>Adds a new key.</summary>
    Task AddAsync(AccessKey key, CancellationToken cancellationToken = default);

    /// <summary>The key with this id, or null.</summary>
    Task<AccessKey?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every key, revoked and expired ones included.</summary>
    Task<IReadOnlyList<AccessKey>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces a key's row (revocation).</summary>
    Task SaveAsync(AccessKey key, CancellationToken cancellationToken = default);
}
