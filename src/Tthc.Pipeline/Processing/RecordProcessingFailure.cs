using Microsoft.Extensions.Logging;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Processing;

/// <summary>
/// Marks a submission <c>failed</c> with the reason, when its parse request has used up its deliveries
/// (it is then in the poison queue). Idempotent; never overwrites a finished outcome.
/// </summary>
public sealed partial class RecordProcessingFailure(ISubmissionStore submissions, TimeProvider time, ILogger<RecordProcessingFailure> logger)
{
    /// <summary>Records the failure of <paramref name="submissionId"/>.</summary>
    public async Task ExecuteAsync(string submissionId, string reason, CancellationToken cancellationToken = default)
    {
        var submission = await submissions.GetAsync(submissionId, cancellationToken);
        // Failed is finished too: the poison-queue backstop (Functions' RecordParseFailure) runs after the last
        // attempt has recorded the precise reason, and must not replace it with its generic one.
        if (submission is null || submission.Status is SubmissionStatus.Accepted or SubmissionStatus.Rejected or SubmissionStatus.Failed)
        {
            return;
        }

        await submissions.SaveAsync(
            submission with { Status = SubmissionStatus.Failed, FailureReason = reason, ProcessedAt = time.GetUtcNow() },
            cancellationToken);
        LogFailed(submissionId, submission.UnitCode, reason);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Submission {SubmissionId} for {Unit} failed for good: {Reason}")]
    private partial void LogFailed(string submissionId, string unit, string reason);
}
