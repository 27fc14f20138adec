using Microsoft.Extensions.Logging;
using Tthc.Core.Periods;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Rollups;

/// <summary>
/// Recomputes a province-period's rollup from one partition read and stores it with ETag concurrency:
/// a run that loses the race recomputes from fresh data, so two runs can never interleave.
/// </summary>
public sealed partial class BuildRollup(
    IRollupStore rollups,
    RollupComputation computation,
    RollupDocuments documents,
    PipelineResilience resilience,
    TimeProvider time,
    ILogger<BuildRollup> logger)
{
    /// <summary>Recomputes and stores the rollup of <paramref name="province"/> for <paramref name="period"/>.</summary>
    public async Task<RollupDocument> ExecuteAsync(string province, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var computed = await resilience.ConflictRetry.ExecuteAsync(
            async ct =>
            {
                var existing = await rollups.GetAsync(province, period.Label, ct);
                var fresh = await computation.ComputeAsync(province, period, ct);
                await rollups.SaveAsync(fresh.Rollup, fresh.ProvinceValues, fresh.SourceVersion, existing?.ETag, ct);
                return fresh;
            },
            cancellationToken);
        var document = documents.Create(computed.Rollup, computed.ProvinceValues);
        LogBuilt(province, period.Label, document.ReportedUnits, document.ExpectedUnits, time.GetElapsedTime(started).TotalMilliseconds);
        return document;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rollup {Province} {Period}: {Reported}/{Expected} units in {Milliseconds:F0} ms")]
    private partial void LogBuilt(string province, string period, int reported, int expected, double milliseconds);
}
