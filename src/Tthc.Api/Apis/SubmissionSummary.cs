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
    int Warnings)
{
    /// <summary>From a submission.</summary>
    public static SubmissionSummary From(Submission s) => new(
        s.SubmissionId,
        s.Status,
        s.FileName,
        s.Period,
        s.UploadedAt,
        s.ProcessedAt,
        s.SupersededBy,
        s.Indicators.Count,
        s.Findings.Count(f => f.Severity == Severity.Error),
        s.Findings.Count(f => f.Severity == Severity.Warning));
}
