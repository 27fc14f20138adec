using Microsoft.Extensions.Logging;
using Tthc.Core.Periods;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Rollups;

/// <summary>The nightly job: recomputes only the province-periods whose rows changed since their last rollup.</summary>
public sealed partial class BuildChangedRollups(
    IIndicatorValueStore values,
    IRollupStore rollups,
    BuildRollup buildRollup,
    ILogger<BuildChangedRollups> logger)
{
    /// <summary>Rebuilds every changed partition; returns the <c>{province}|{period}</c> keys rebuilt.</summary>
    public async Task<IReadOnlyList<string>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var built = await rollups.ListSourceVersionsAsync(cancellationToken);
        var rebuilt = new List<string>();
        await foreach (var partition in values.ListPartitionsAsync(cancellationToken))
        {
            var key = $"{partition.Province}|{partition.Period}";
            if (built.TryGetValue(key, out var sourceVersion) && sourceVersion == partition.Version)
            {
                continue;
            }

            if (!ReportingPeriod.TryParse(partition.Period, out var period))
            {
                LogBadPartition(key);
                continue;
            }

            await buildRollup.ExecuteAsync(partition.Province, period, cancellationToken);
            rebuilt.Add(key);
        }

        LogDone(rebuilt.Count);
        return rebuilt;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partition {Partition} has no valid period; skipped")]
    private partial void LogBadPartition(string partition);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly rollup rebuilt {Count} changed province-periods")]
    private partial void LogDone(int count);
}
