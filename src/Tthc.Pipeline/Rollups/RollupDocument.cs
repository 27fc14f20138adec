using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Units;
using Tthc.Core.Validation;

namespace Tthc.Pipeline.Rollups;

/// <summary>The rollup as the API returns it (CONTRACTS.md, GET rollups); the <c>Rollups</c> table stores the figures only.</summary>
/// <param name="Province">Province code.</param>
/// <param name="Period">Period code.</param>
/// <param name="ExpectedUnits">Units expected to report.</param>
/// <param name="ReportedUnits">Expected units with an accepted report.</param>
/// <param name="MissingUnits">Expected units without one.</param>
/// <param name="LateUnits">Units that reported after the deadline.</param>
/// <param name="Deadline">Deadline used for timeliness.</param>
/// <param name="Indicators">Whole-province values.</param>
/// <param name="ByLevel">Values per unit level (<c>department</c>, <c>district</c>, <c>commune</c>).</param>
/// <param name="ComputedAt">When it was computed.</param>
/// <param name="CrossCheck">Where the province's own report differs from the rollup (null: the province sent none).</param>
/// <param name="Narrative">A draft of the report's results paragraph in Vietnamese, built from the rollup.</param>
/// <param name="Findings">What the rollup left out and why (values outside their bounds, overflows).</param>
public sealed record RollupDocument(
    string Province,
    string Period,
    int ExpectedUnits,
    int ReportedUnits,
    IReadOnlyList<MissingUnit> MissingUnits,
    IReadOnlyList<LateUnit> LateUnits,
    DateTimeOffset? Deadline,
    IReadOnlyList<RollupIndicatorEntry> Indicators,
    IReadOnlyDictionary<UnitLevel, IReadOnlyList<RollupIndicatorEntry>> ByLevel,
    DateTimeOffset ComputedAt,
    IReadOnlyList<CrossCheckEntry>? CrossCheck,
    string Narrative,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>Makes the document from a rollup, the cross-check of the province's own report (if any) and the drafted paragraph.</summary>
    public static RollupDocument From(Rollup rollup, CrossCheckResult? crossCheck, IndicatorCatalog catalog, string narrative) => new(
        rollup.Province,
        rollup.Period,
        rollup.ExpectedUnits,
        rollup.ReportedUnits,
        rollup.MissingUnits,
        rollup.LateUnits,
        rollup.Deadline,
        [.. rollup.Indicators.Select(v => RollupIndicatorEntry.From(v, catalog))],
        rollup.ByLevel.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<RollupIndicatorEntry>)[.. kv.Value.Select(v => RollupIndicatorEntry.From(v, catalog))]),
        rollup.ComputedAt,
        crossCheck is null ? null : [.. crossCheck.Differences.Select(CrossCheckEntry.From)],
        narrative,
        rollup.Findings ?? [])
    {
        AwaitingReview = rollup.AwaitingReview,
    };

    /// <summary>How many units' values wait for a person's review and are not counted in <see cref="Indicators"/> yet.</summary>
    public int AwaitingReview { get; init; }

    /// <summary>The whole-province entry for a code, if any.</summary>
    public RollupIndicatorEntry? Get(string code) => Indicators.FirstOrDefault(i => i.Code == code);
}
