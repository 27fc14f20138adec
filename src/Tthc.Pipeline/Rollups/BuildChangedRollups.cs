using Microsoft.Extensions.Logging;
using Tthc.Core.Periods;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Rollups;

/// <summary>
/// The nightly job: recomputes only the province-periods whose rows changed since their last rollup. Each partition is
/// rebuilt on its own: a failure is logged and recorded on the partition (<see cref="IRollupStore.RecordFailureAsync"/>)
/// and the job goes on with the next one; the failed partition is tried again on the next run (its source version
/// still differs). Only cancellation stops the job.
/// </summary>
public sealed partial class BuildChangedRollups(
    IIndicatorValueStore values,
    IRollupStore rollups,
    BuildRollup buildRollup,
    TimeProvider time,
    ILogger<BuildChangedRollups> logger)
{
    /// <summary>Rebuilds every changed partition; returns the <c>{province}|{period}</c> keys rebuilt (failed ones are not in it).</summary>
    public async Task<IReadOnlyList<string>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var built = await rollups.ListSourceVersionsAsync(cancellationToken);
        var rebuilt = new List<string>();
        var failed = 0;
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

            try
            {
                await buildRollup.ExecuteAsync(partition.Province, period, cancellationToken);
                rebuilt.Add(key);
                await rollups.ClearFailureAsync(partition.Province, partition.Period, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failed++;
                LogPartitionFailed(ex, key);
                await RecordAsync(new RollupFailure(partition.Province, partition.Period, $"{ex.GetType().Name}: {ex.Message}", time.GetUtcNow()), cancellationToken);
            }
        }

        LogDone(rebuilt.Count, failed);
        return rebuilt;
    }

    private async Task RecordAsync(RollupFailure failure, CancellationToken cancellationToken)
    {
        try
        {
            await rollups.RecordFailureAsync(failure, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage is down too: the log line above is the record; the next run tries the partition again.
            LogRecordFailed(ex, $"{failure.Province}|{failure.Period}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partition {Partition} has no valid period; skipped")]
    private partial void LogBadPartition(string partition);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rollup of {Partition} failed; recorded on the partition, the job goes on")]
    private partial void LogPartitionFailed(Exception exception, string partition);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the failed rollup of {Partition}")]
    private partial void LogRecordFailed(Exception exception, string partition);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly rollup rebuilt {Count} changed province-periods; {Failed} failed")]
    private partial void LogDone(int count, int failed);
}
