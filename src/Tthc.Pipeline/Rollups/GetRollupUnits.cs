using Tthc.Core.Periods;
using Tthc.Core.Rollups;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Rollups;

/// <summary>The per-unit rows behind a rollup (the latest accepted version of each unit).</summary>
public sealed class GetRollupUnits(IIndicatorValueStore values)
{
    /// <summary>Reads the partition's unit rows.</summary>
    public async Task<IReadOnlyList<UnitFigures>> ExecuteAsync(string province, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        var (units, _) = await values.ReadPartitionAsync(province, period.Label, cancellationToken);
        return units;
    }
}
