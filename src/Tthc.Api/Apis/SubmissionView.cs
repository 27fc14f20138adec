using Tthc.Core.Indicators;
using Tthc.Core.Review;
using Tthc.Core.Validation;
using Tthc.Pipeline.Submissions;

namespace Tthc.Api.Apis;

/// <summary>The body of <c>GET /api/submissions/{submissionId}</c>: findings and indicators as in the parse-result contract.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Status">received, parsed, accepted, rejected or failed.</param>
/// <param name="Unit">Unit code of the upload path.</param>
/// <param name="Period">Period code, once parsed.</param>
/// <param name="Province">Province code, once accepted.</param>
/// <param name="File">File name as uploaded.</param>
/// <param name="Format">Detected format.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
/// <param name="ProcessedAt">When processing finished.</param>
/// <param name="SupersededBy">The newer accepted submission that replaced its rows.</param>
/// <param name="FailureReason">Why processing failed.</param>
/// <param name="Findings">Severity, rule, message, codes and line of each finding.</param>
/// <param name="Indicators">The values read, with their evidence, confidence and review state.</param>
/// <param name="NotValues">The numbers set aside, each with its text, line, why and code, as in the parse result.</param>
/// <param name="Review">How many values still wait for a person's decision, and the configured threshold (<see cref="ReviewPolicy"/>).</param>
/// <param name="AwaitingReview">The same count as <c>review.pending</c>, which the web page reads.</param>
/// <param name="Reviews">The review decisions taken, in order (who, when, the value as read and the value that counts).</param>
public sealed record SubmissionView(
    string SubmissionId,
    SubmissionStatus Status,
    string Unit,
    string? Period,
    string? Province,
    string File,
    string? Format,
    DateTimeOffset UploadedAt,
    DateTimeOffset? ProcessedAt,
    string? SupersededBy,
    string? FailureReason,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<SubmissionIndicator> Indicators,
    IReadOnlyList<SubmissionNotValue> NotValues,
    SubmissionReview Review,
    int AwaitingReview,
    IReadOnlyList<ReviewDecision> Reviews)
{
    /// <summary>From a submission, with each value's review state under <paramref name="policy"/>.</summary>
    public static SubmissionView From(Submission s, IndicatorCatalog catalog, ReviewPolicy policy)
    {
        var reviewed = policy.Apply(s.Indicators, s.Findings, s.Reviews);
        return new(
            s.SubmissionId,
            s.Status,
            s.UnitCode,
            s.Period,
            s.Province,
            s.FileName,
            s.Format,
            s.UploadedAt,
            s.ProcessedAt,
            s.SupersededBy,
            s.FailureReason,
            s.Findings,
            [.. s.Indicators.Select(v => SubmissionIndicator.From(v, catalog, policy.NeedsReview(v, s.Findings), reviewed, policy.StateOf(v, s.Findings, s.Reviews)))],
            [.. s.NotValues.Select(SubmissionNotValue.From)],
            new SubmissionReview(reviewed.Awaiting.Count, policy.Threshold),
            reviewed.Awaiting.Count,
            s.Reviews);
    }
}
