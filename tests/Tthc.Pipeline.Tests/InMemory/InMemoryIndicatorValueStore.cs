using System.Runtime.CompilerServices;
using Tthc.Core.Rollups;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IIndicatorValueStore"/> port in memory, with the table's ETag semantics (a conditional write that lost fails).</summary>
internal sealed class InMemoryIndicatorValueStore : IIndicatorValueStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Dictionary<string, (UnitRows Rows, string ETag)>> partitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> versions = new(StringComparer.Ordinal);
    private int tags;

    /// <summary>When set, every write fails with it (a storage fault).</summary>
    public Exception? WriteFault { get; set; }

    /// <summary>How many writes succeeded.</summary>
    public int Writes { get; private set; }

    public Task<StoredVersion?> GetVersionAsync(string province, string period, string unitCode, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(partitions.TryGetValue(Key(province, period), out var units) && units.TryGetValue(unitCode, out var row)
                ? new StoredVersion(row.Rows.Version, row.ETag) { Values = row.Rows.Values }
                : null);
        }
    }

    public Task WriteAsync(UnitRows rows, string? expectedETag, CancellationToken cancellationToken = default)
    {
        if (WriteFault is { } fault)
        {
            throw fault;
        }

        lock (gate)
        {
            var key = Key(rows.Province, rows.Period);
            if (!partitions.TryGetValue(key, out var units))
            {
                units = partitions[key] = new(StringComparer.Ordinal);
            }

            var exists = units.TryGetValue(rows.UnitCode, out var current);
            if (expectedETag is null ? exists : !exists || current.ETag != expectedETag)
            {
                throw new WriteConflictException($"The row of {rows.UnitCode} in {key} changed.");
            }

            units[rows.UnitCode] = (rows, $"e{++tags}");
            versions[key] = versions.GetValueOrDefault(key) + 1;
            Writes++;
            return Task.CompletedTask;
        }
    }

    public Task<(IReadOnlyList<UnitFigures> Units, string? Version)> ReadPartitionAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var key = Key(province, period);
            IReadOnlyList<UnitFigures> units = partitions.TryGetValue(key, out var rows)
                ? [.. rows.Values.Select(r => new UnitFigures(r.Rows.UnitCode, r.Rows.UnitName, r.Rows.Level, r.Rows.Version.SubmissionId, r.Rows.Version.UploadedAt, r.Rows.Values))]
                : [];
            return Task.FromResult((units, versions.TryGetValue(key, out var v) ? $"v{v}" : null));
        }
    }

    public async IAsyncEnumerable<PartitionVersion> ListPartitionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<PartitionVersion> all;
        lock (gate)
        {
            all = [.. versions.Select(kv => new PartitionVersion(kv.Key.Split('|')[0], kv.Key.Split('|')[1], $"v{kv.Value}"))];
        }

        foreach (var partition in all)
        {
            await Task.Yield();
            yield return partition;
        }
    }

    private static string Key(string province, string period) => $"{province}|{period}";
}
