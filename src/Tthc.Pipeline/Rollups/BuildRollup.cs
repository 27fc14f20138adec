using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Rollups;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Rollups;

/// <summary>
/// Recomputes a province-period's rollup from one partition read and stores it with ETag concurrency:
/// a run that loses the race recomputes from fresh data, so two runs can never interleave.
/// </summary>
public sealed partial class BuildRollup(
    IIndicatorValueStore values,
    IRollupStore rollups,
    IUnitRegistryStore registryStore,
    RollupCalculator calculator,
    IndicatorCatalog catalog,
    PipelineResilience resilience,
    IOptions<RollupOptions> options,
    TimeProvider time,
    ILogger<BuildRollup> logger)
{
    /// <summary>Recomputes and stores the rollup of <paramref name="province"/> for <paramref name="period"/>.</summary>
    public async Task<RollupDocument> ExecuteAsync(string province, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var document = await resilience.ConflictRetry.ExecuteAsync(
            async ct =>
            {
                var existing = await rollups.GetAsync(province, period.Label, ct);
                var registry = await registryStore.GetAsync(ct);
                var (units, version) = await values.ReadPartitionAsync(province, period.Label, ct);

                // The province's own consolidated report is cross-checked against the rollup, never summed into it.
                var reporting = units.Where(u => u.Level != UnitLevel.Province).ToList();
                var deadline = options.Value.DeadlineDaysAfterWindow is { } days
                    ? new DateTimeOffset(period.To.AddDays(days).ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(7))
                    : (DateTimeOffset?)null;
                var rollup = calculator.Compute(province, period.Label, registry.ReportingUnits(province, period.End), reporting, time.GetUtcNow(), deadline);
                var doc = RollupDocument.From(rollup, catalog);
                await rollups.SaveAsync(doc, version, existing?.ETag, ct);
                return doc;
            },
            cancellationToken);
        LogBuilt(province, period.Label, document.ReportedUnits, document.ExpectedUnits, time.GetElapsedTime(started).TotalMilliseconds);
        return document;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rollup {Province} {Period}: {Reported}/{Expected} units in {Milliseconds:F0} ms")]
    private partial void LogBuilt(string province, string period, int reported, int expected, double milliseconds);
}
