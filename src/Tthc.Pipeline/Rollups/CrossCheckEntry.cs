using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Rollups;

/// <summary>An indicator where the province's own report and the rollup of its units differ.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Label">Vietnamese label.</param>
/// <param name="Reported">The province's figure (null: it gives none).</param>
/// <param name="Computed">The rollup's figure (null: no unit reported it).</param>
/// <param name="Difference">Reported − computed.</param>
/// <param name="RelativeDifference">Difference ÷ computed.</param>
/// <param name="Status"><c>different</c>, <c>onlyReported</c> or <c>onlyComputed</c>.</param>
/// <param name="Line">Line of the province's figure in its report.</param>
public sealed record CrossCheckEntry(string Code, string Label, decimal? Reported, decimal? Computed, decimal? Difference, decimal? RelativeDifference, CrossCheckStatus Status, int? Line)
{
    /// <summary>From the domain's cross-check line.</summary>
    public static CrossCheckEntry From(CrossCheckLine line) => new(
        line.Code,
        line.Label,
        line.Reported,
        line.Computed,
        line.Difference,
        line.RelativeDifference is { } r ? decimal.Round(r, 4) : null,
        line.Status,
        line.Line);
}
