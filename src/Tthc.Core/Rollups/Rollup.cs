using Tthc.Core.Units;
using Tthc.Core.Validation;

namespace Tthc.Core.Rollups;

/// <summary>A province's consolidated figures for one period, with completeness and timeliness.</summary>
/// <param name="Province">Province code.</param>
/// <param name="Period">Period code.</param>
/// <param name="ExpectedUnits">Units expected to report (registry, as of the period's end).</param>
/// <param name="ReportedUnits">Expected units with an accepted report.</param>
/// <param name="MissingUnits">Expected units without one.</param>
/// <param name="LateUnits">Units whose accepted report came after the deadline (empty when no deadline).</param>
/// <param name="Deadline">The deadline used for timeliness, if any.</param>
/// <param name="Indicators">Whole-province values.</param>
/// <param name="ByLevel">The same per unit level.</param>
/// <param name="ComputedAt">When it was computed.</param>
/// <param name="Findings">What the rollup left out and why (values outside their bounds, overflows); empty as a rule.</param>
public sealed record Rollup(
    string Province,
    string Period,
    int ExpectedUnits,
    int ReportedUnits,
    IReadOnlyList<MissingUnit> MissingUnits,
    IReadOnlyList<LateUnit> LateUnits,
    DateTimeOffset? Deadline,
    IReadOnlyList<RollupValue> Indicators,
    IReadOnlyDictionary<UnitLevel, IReadOnlyList<RollupValue>> ByLevel,
    DateTimeOffset ComputedAt,
    IReadOnlyList<Finding>? Findings = null)
{
    /// <summary>How many units' values wait for a person's review and are not counted yet.</summary>
    public int AwaitingReview { get; init; }

    /// <summary>The whole-province value of a code, if any unit reported it.</summary>
    public RollupValue? Get(string code) => Indicators.FirstOrDefault(v => v.Code == code);
}
