using Tthc.Core.Extraction;
using Tthc.Core.Validation;

namespace Tthc.Core.Review;

/// <summary>
/// Which read values wait for a person before they count: a value read (not derived) with a confidence below
/// <see cref="Threshold"/>, or one a warning (a soft finding: an outlier, a soft identity) names. A person's
/// decision settles it; the latest decision on a code wins. The one rule behind every count of values awaiting
/// review (the submission's <c>review.pending</c>, the web page, the rollup's <c>awaitingReview</c>).
/// </summary>
/// <param name="Threshold">Confidence (0–1) at or above which a read value counts without review.</param>
public sealed record ReviewPolicy(double Threshold)
{
    /// <summary>The default threshold: values the reader is less than 90% sure of wait for a person.</summary>
    public const double DefaultThreshold = 0.9;

    /// <summary>The policy with <see cref="DefaultThreshold"/>.</summary>
    public static ReviewPolicy Default { get; } = new(DefaultThreshold);

    /// <summary>Whether <paramref name="value"/> needs a person's decision before it counts.</summary>
    public bool NeedsReview(ExtractedValue value, IReadOnlyList<Finding> findings)
        => IsUncertain(value)
            || findings.Any(f => f.Severity == Severity.Warning && f.Codes.Contains(value.Code, StringComparer.Ordinal));

    /// <summary>
    /// Whether the value was read (not derived) with a confidence below <see cref="Threshold"/>. The
    /// confidence is compared as it is shown, rounded to two decimals, so a 0.895 shown as 0,90 does not wait.
    /// </summary>
    private bool IsUncertain(ExtractedValue value)
        => !value.Derived && Math.Round(value.Confidence, 2) < Threshold;

    /// <summary>The state of <paramref name="value"/> given the findings and the decisions taken so far.</summary>
    public ValueReviewState StateOf(ExtractedValue value, IReadOnlyList<Finding> findings, IReadOnlyList<ReviewDecision> decisions)
        => LatestFor(value.Code, decisions) switch
        {
            { Action: ReviewAction.Correct } => ValueReviewState.Corrected,
            { Action: ReviewAction.Confirm } => ValueReviewState.Confirmed,
            _ => NeedsReview(value, findings) ? ValueReviewState.Awaiting : ValueReviewState.NotNeeded,
        };

    /// <summary>The values that stand after <paramref name="decisions"/>, and the codes still awaiting review.</summary>
    public ReviewedValues Apply(IReadOnlyList<ExtractedValue> values, IReadOnlyList<Finding> findings, IReadOnlyList<ReviewDecision> decisions)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var awaiting = new List<string>();
        foreach (var value in values)
        {
            var decision = LatestFor(value.Code, decisions);
            result[value.Code] = decision?.Value ?? value.Value;
            if (decision is null && NeedsReview(value, findings))
            {
                awaiting.Add(value.Code);
            }
        }

        return new ReviewedValues(result, awaiting);
    }

    private static ReviewDecision? LatestFor(string code, IReadOnlyList<ReviewDecision> decisions)
        => decisions.LastOrDefault(d => d.Code == code);
}
