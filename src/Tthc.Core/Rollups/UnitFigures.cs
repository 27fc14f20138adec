using Tthc.Core.Units;

namespace Tthc.Core.Rollups;

/// <summary>One unit's accepted values for a period: the row set a rollup is made from.</summary>
/// <param name="UnitCode">Unit code.</param>
/// <param name="UnitName">Unit name (Vietnamese).</param>
/// <param name="Level">The unit's level.</param>
/// <param name="SubmissionId">The accepted submission the values come from.</param>
/// <param name="SubmittedAt">When that submission was uploaded (for timeliness).</param>
/// <param name="Values">Values by indicator code.</param>
public sealed record UnitFigures(
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    string SubmissionId,
    DateTimeOffset SubmittedAt,
    IReadOnlyDictionary<string, decimal> Values)
{
    /// <summary>Codes whose values wait for a person's review (<see cref="Review.ReviewPolicy"/>): kept, not counted.</summary>
    public IReadOnlyList<string> AwaitingReview { get; init; } = [];

    /// <summary>The figures a rollup counts: every value but those awaiting review.</summary>
    public UnitFigures Counted()
        => AwaitingReview.Count == 0 ? this : this with { Values = Values.Where(kv => !AwaitingReview.Contains(kv.Key, StringComparer.Ordinal)).ToDictionary(StringComparer.Ordinal) };

    /// <summary>The value of a code, if reported.</summary>
    public decimal? Get(string code) => Values.TryGetValue(code, out var v) ? v : null;
}
