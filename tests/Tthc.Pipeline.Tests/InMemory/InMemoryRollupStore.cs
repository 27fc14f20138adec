using Tthc.Core.Rollups;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IRollupStore"/> port in memory, with ETag semantics.</summary>
internal sealed class InMemoryRollupStore : IRollupStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, StoredRollup> rollups = new(StringComparer.Ordinal);
    private int tags;

    public Task<StoredRollup?> GetAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(rollups.GetValueOrDefault($"{province}|{period}"));
        }
    }

    public Task SaveAsync(Rollup rollup, IReadOnlyDictionary<string, decimal>? provinceValues, string? sourceVersion, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var key = $"{rollup.Province}|{rollup.Period}";
            var exists = rollups.TryGetValue(key, out var current);
            if (expectedETag is null ? exists : !exists || current!.ETag != expectedETag)
            {
                throw new WriteConflictException($"The rollup {key} was written by another run.");
            }

            rollups[key] = new StoredRollup(rollup, provinceValues, sourceVersion, $"r{++tags}");
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyDictionary<string, string?>> ListSourceVersionsAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string?>>(rollups.ToDictionary(kv => kv.Key, kv => kv.Value.SourceVersion, StringComparer.Ordinal));
        }
    }
}
