using Microsoft.Extensions.Logging;
using Tthc.Core.Access;
using Tthc.Core.Indicators;
using Tthc.Core.Review;
using Tthc.Core.Text;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Review;

/// <summary>
/// A person confirms or corrects one value of an accepted submission. The decision is kept on the submission (the
/// value as read and its evidence stay), and the unit's row for the period is rewritten from the submission with the
/// decisions applied, so the value counts in rollups from now on.
/// </summary>
public sealed partial class ReviewValue(
    ISubmissionStore submissions,
    IIndicatorValueStore values,
    IndicatorCatalog catalog,
    ReviewPolicy policy,
    PipelineResilience resilience,
    IAuditLog audit,
    TimeProvider time,
    ILogger<ReviewValue> logger)
{
    /// <summary>
    /// Records <paramref name="action"/> on <paramref name="code"/> of <paramref name="submissionId"/> by
    /// <paramref name="by"/> (and in the audit log); returns the updated submission, or null when there is no such submission.
    /// </summary>
    /// <exception cref="ReviewRejectedException">The decision cannot be taken; nothing changed.</exception>
    public async Task<Submission?> ExecuteAsync(Caller by, string submissionId, string code, ReviewAction action, decimal? value, CancellationToken cancellationToken = default)
    {
        var submission = await submissions.GetAsync(submissionId, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        var read = submission.Indicators.FirstOrDefault(v => v.Code == code)
            ?? throw new ReviewRejectedException(ReviewRejection.UnknownCode, $"Bài nộp không có chỉ tiêu '{code}' / the submission has no value for '{code}'.");
        if (submission.Status != SubmissionStatus.Accepted || submission.SupersededBy is not null || submission.Province is null || submission.Period is null)
        {
            throw new ReviewRejectedException(ReviewRejection.NotCurrent, $"Chỉ xem xét được bản báo cáo đang được tính của đơn vị / only the unit's counted, accepted version can be reviewed ({submissionId}).");
        }

        var definition = catalog.Describe(code);
        var decided = action == ReviewAction.Correct
            ? value is { } v && definition.IsInRange(v) && (definition.Kind != IndicatorKind.Count || v == decimal.Truncate(v))
                ? v
                : throw new ReviewRejectedException(ReviewRejection.InvalidValue, $"Giá trị sửa cho '{definition.Label}' không hợp lệ / the corrected value is missing or out of range for {code}.")
            : read.Value;

        var now = time.GetUtcNow();
        var before = submission.Reviews.LastOrDefault(d => d.Code == code)?.Value ?? read.Value;
        var decision = new ReviewDecision(code, action, read.Value, decided, read.Evidence, $"{by.KeyId} ({TthcJson.Name(by.Role)})", now);
        var reviewedSubmission = submission with { Reviews = [.. submission.Reviews, decision] };
        await submissions.SaveAsync(reviewedSubmission, cancellationToken);
        await resilience.ConflictRetry.ExecuteAsync(ct => RewriteRowAsync(reviewedSubmission, ct), cancellationToken);
        await audit.AppendAsync(
            AuditEntry.By(by, now, AuditActions.ReviewDecision, submission.Province, $"{submissionId}/{code}", Figure(before), $"{TthcJson.Name(action)} {Figure(decided)}"),
            cancellationToken);
        LogReviewed(submissionId, code, action, by.KeyId);
        return reviewedSubmission;
    }

    // The unit's row holds this submission's values (it is the counted version): rewrite it with the decisions applied.
    private async ValueTask RewriteRowAsync(Submission submission, CancellationToken cancellationToken)
    {
        var stored = await values.GetVersionAsync(submission.Province!, submission.Period!, submission.UnitCode, cancellationToken);
        if (stored is null || stored.Version.SubmissionId != submission.SubmissionId)
        {
            throw new ReviewRejectedException(ReviewRejection.NotCurrent, $"Bản báo cáo này không còn là bản được tính / a newer version of the unit's report is counted now ({submission.SubmissionId}).");
        }

        var (units, _) = await values.ReadPartitionAsync(submission.Province!, submission.Period!, cancellationToken);
        var unit = units.First(u => u.UnitCode == submission.UnitCode);
        var reviewed = policy.Apply(submission.Indicators, submission.Findings, submission.Reviews);
        var rows = new UnitRows(submission.Province!, submission.Period!, unit.UnitCode, unit.UnitName, unit.Level, stored.Version, reviewed.Values) { AwaitingReview = reviewed.Awaiting };
        await values.WriteAsync(rows, stored.ETag, cancellationToken);
    }

    private static string Figure(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review of {SubmissionId}: {Code} {Action} by {Reviewer}")]
    private partial void LogReviewed(string submissionId, string code, ReviewAction action, string reviewer);
}
