using Tthc.Core.Review;
using Tthc.Core.Validation;
using Tthc.Pipeline.Submissions;

namespace Tthc.Api.Apis;

/// <summary>One line of a unit's list of submissions.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Status">received, parsed, accepted, rejected or failed.</param>
/// <param name="File">File name as uploaded.</param>
/// <param name="Period">Period code, once parsed.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
/// <param name="ProcessedAt">When processing finished.</param>
/// <param name="SupersededBy">The newer accepted submission that replaced it.</param>
/// <param name="Values">How many values were read.</param>
/// <param name="Errors">How many error findings it has.</param>
/// <param name="Warnings">How many warnings it has.</param>
/// <param name="AwaitingReview">How many of its values wait for a person's review.</param>
public sealed record SubmissionSummary(
    string SubmissionId,
    SubmissionStatus Status,
    string File,
    string? Period,
    DateTimeOffset UploadedAt,
    DateTimeOffset? ProcessedAt,
    string? SupersededBy,
    int Values,
    int Errors,
    int Warnings,
    int AwaitingReview)
{
    /// <summary>From a submission, its values' review under <paramref name="policy"/>.</summary>
    public static SubmissionSummary From(Submission s, ReviewPolicy policy) => new(
        s.SubmissionId,
        s.Status,
        s.FileName,
        s.Period,
        s.UploadedAt,
        s.ProcessedAt,
        s.SupersededBy,
        s.Indicators.Count,
        s.Findings.Count(f => f.Severity == Severity.Error),
        s.Findings.Count(f => f.Severity == Severity.Warning),
        s.Status == SubmissionStatus.Accepted ? policy.Apply(s.Indicators, s.Findings, s.Reviews).Awaiting.Count : 0);
}
