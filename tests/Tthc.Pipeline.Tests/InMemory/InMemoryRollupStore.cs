using Tthc.Core.Rollups;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IRollupStore"/> port in memory, with ETag semantics.</summary>
internal sealed class InMemoryRollupStore : IRollupStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, StoredRollup> rollups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RollupFailure> failures = new(StringComparer.Ordinal);
    private int tags;

    /// <summary>When set, saving the rollup of this <c>{province}|{period}</c> fails with it.</summary>
    public (string Key, Exception Fault)? SaveFault { get; set; }

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
            if (SaveFault is { } fault && fault.Key == key)
            {
                throw fault.Fault;
            }

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

    public Task RecordFailureAsync(RollupFailure failure, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            failures[$"{failure.Province}|{failure.Period}"] = failure;
            return Task.CompletedTask;
        }
    }

    public Task<RollupFailure?> GetFailureAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(failures.GetValueOrDefault($"{province}|{period}"));
        }
    }

    public Task ClearFailureAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            failures.Remove($"{province}|{period}");
            return Task.CompletedTask;
        }
    }
}
