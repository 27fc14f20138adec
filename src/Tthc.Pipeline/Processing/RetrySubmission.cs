using Microsoft.Extensions.Logging;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Processing;

/// <summary>
/// Runs a <c>failed</c> submission again (<c>POST /api/submissions/{id}/retry</c>): it becomes <c>received</c>, its failure
/// reason is cleared and a fresh parse request (with its full number of deliveries) is queued. Its upload time is kept:
/// a retry is not a newer version.
/// </summary>
public sealed partial class RetrySubmission(ISubmissionStore submissions, IParseRequestQueue queue, TimeProvider time, ILogger<RetrySubmission> logger)
{
    /// <summary>Retries <paramref name="submissionId"/> when it has failed.</summary>
    public async Task<RetryOutcome> ExecuteAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var submission = await submissions.GetAsync(submissionId, cancellationToken);
        if (submission is null)
        {
            return RetryOutcome.NotFound;
        }

        if (submission.Status != SubmissionStatus.Failed)
        {
            return RetryOutcome.NotFailed;
        }

        await submissions.SaveAsync(submission with { Status = SubmissionStatus.Received, FailureReason = null, ProcessedAt = null, QueuedAt = time.GetUtcNow() }, cancellationToken);
        await queue.EnqueueAsync(new ParseRequest(submissionId), cancellationToken);
        LogRetried(submissionId, submission.UnitCode);
        return RetryOutcome.Queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Failed submission {SubmissionId} for {Unit} queued again on request")]
    private partial void LogRetried(string submissionId, string unit);
}
