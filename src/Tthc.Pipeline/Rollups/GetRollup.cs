using Tthc.Core.Periods;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Rollups;

/// <summary>Answers a rollup query: the stored rollup, or a fresh one when asked or when none is stored yet.</summary>
public sealed class GetRollup(IRollupStore rollups, BuildRollup buildRollup, RollupDocuments documents)
{
    /// <summary>Gets the rollup of a province-period.</summary>
    public async Task<RollupDocument> ExecuteAsync(string province, ReportingPeriod period, bool fresh, CancellationToken cancellationToken = default)
    {
        if (!fresh && await rollups.GetAsync(province, period.Label, cancellationToken) is { } stored)
        {
            return documents.Create(stored.Rollup, stored.ProvinceValues);
        }

        return await buildRollup.ExecuteAsync(province, period, cancellationToken);
    }
}
