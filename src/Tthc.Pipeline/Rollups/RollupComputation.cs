using Microsoft.Extensions.Options;
using Tthc.Core.Periods;
using Tthc.Core.Rollups;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Rollups;

/// <summary>
/// Computes a province-period's rollup from one partition read: expected units from the registry as of the
/// period's end, timeliness against the configured deadline, and the province's own report's values to cross-check.
/// </summary>
public sealed class RollupComputation(
    IIndicatorValueStore values,
    IUnitRegistryStore registryStore,
    RollupCalculator calculator,
    IOptions<RollupOptions> options,
    TimeProvider time)
{
    /// <summary>Reads the partition and computes.</summary>
    public async Task<ComputedRollup> ComputeAsync(string province, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        var registry = await registryStore.GetAsync(cancellationToken);
        var (units, version) = await values.ReadPartitionAsync(province, period.Label, cancellationToken);

        // The province's own consolidated report is cross-checked against the rollup, never summed into it.
        var reporting = units.Where(u => u.Level != UnitLevel.Province).ToList();
        var deadline = options.Value.DeadlineDaysAfterWindow is { } days
            ? new DateTimeOffset(period.To.AddDays(days).ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(7))
            : (DateTimeOffset?)null;
        var rollup = calculator.Compute(province, period.Label, registry.ReportingUnits(province, period.End), reporting, time.GetUtcNow(), deadline);
        var own = units.FirstOrDefault(u => u.Level == UnitLevel.Province);
        return new ComputedRollup(rollup, version, own?.Values);
    }
}
