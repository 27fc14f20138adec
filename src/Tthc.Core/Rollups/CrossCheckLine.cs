using Tthc.Core.Indicators;

namespace Tthc.Core.Rollups;

/// <summary>One indicator of a <see cref="CrossCheckResult"/>: the province's figure beside the units' rollup.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Label">Vietnamese label.</param>
/// <param name="Kind">Count, rate or score.</param>
/// <param name="Reported">The province's own figure, if it gives one.</param>
/// <param name="Computed">The rollup's value, if any unit reported it.</param>
/// <param name="Method">How the rollup value was made.</param>
/// <param name="Line">The evidence line of the province's figure, when known.</param>
/// <param name="Status">Same, different or one-sided.</param>
public sealed record CrossCheckLine(
    string Code,
    string Label,
    IndicatorKind Kind,
    decimal? Reported,
    decimal? Computed,
    RollupMethod? Method,
    int? Line,
    CrossCheckStatus Status)
{
    /// <summary>Reported − computed, when both exist.</summary>
    public decimal? Difference => Reported - Computed;

    /// <summary>The difference as a fraction of the computed value (0.05 = 5 %), when both exist and it is not 0.</summary>
    public decimal? RelativeDifference => Difference is { } d && Computed is { } c && c != 0 ? d / c : null;
}
