using Tthc.Core.Exports;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Rollups;

/// <summary>
/// Makes the rollup's API document from stored or fresh figures: labels from the catalog, the cross-check of the
/// province's own values and the draft paragraph are derived when read, never stored.
/// </summary>
public sealed class RollupDocuments(IndicatorCatalog catalog, RollupCrossCheck crossCheck, RollupNarrative narrative)
{
    /// <summary>The document of <paramref name="rollup"/>, with the cross-check of <paramref name="provinceValues"/> when given.</summary>
    public RollupDocument Create(Rollup rollup, IReadOnlyDictionary<string, decimal>? provinceValues)
        => RollupDocument.From(rollup, provinceValues is null ? null : crossCheck.Compare(catalog.InRange(provinceValues), rollup), catalog, narrative.Compose(rollup));
}
