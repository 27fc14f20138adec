using System.Collections.Concurrent;
using Tthc.Core.Access;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IAccessKeyStore"/> port in memory.</summary>
internal sealed class InMemoryAccessKeyStore : IAccessKeyStore
{
    private readonly ConcurrentDictionary<string, AccessKey> keys = new(StringComparer.Ordinal);

    public Task AddAsync(AccessKey key, CancellationToken cancellationToken = default)
        => keys.TryAdd(key.Id, key) ? Task.CompletedTask : throw new WriteConflictException($"Key {key.Id} already exists.");

    public Task<AccessKey?> GetAsync(string id, CancellationToken cancellationToken = default)
        => Task.FromResult(keys.GetValueOrDefault(id));

    public Task<IReadOnlyList<AccessKey>> ListAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<AccessKey>>([.. keys.Values]);

    public Task SaveAsync(AccessKey key, CancellationToken cancellationToken = default)
    {
        keys[key.Id] = key;
        return Task.CompletedTask;
    }
}
