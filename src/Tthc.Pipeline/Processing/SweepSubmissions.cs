using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Processing;

/// <summary>
/// Queues again every submission left <c>received</c> longer than <see cref="WorkerOptions.SweepAfter"/> since it was last
/// queued: its parse request was lost (the queue was down when the file was registered, a host died between the two
/// steps). Processing is idempotent, so a request queued twice costs one no-op delivery. Run by the Functions timer
/// <c>SweepSubmissions</c> and by <c>serve</c>'s sweeper, on <see cref="WorkerOptions.SweepSchedule"/>.
/// </summary>
public sealed partial class SweepSubmissions(
    ISubmissionStore submissions,
    IParseRequestQueue queue,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<SweepSubmissions> logger)
{
    /// <summary>Queues the waiting submissions again; returns their ids. One that cannot be queued is logged and left for the next sweep.</summary>
    public async Task<IReadOnlyList<string>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var requeued = new List<string>();
        await foreach (var submission in submissions.ListWaitingAsync(now - options.Value.SweepAfter, cancellationToken))
        {
            try
            {
                await submissions.MarkQueuedAsync(submission.SubmissionId, now, cancellationToken);
                await queue.EnqueueAsync(new ParseRequest(submission.SubmissionId), cancellationToken);
                requeued.Add(submission.SubmissionId);
                LogRequeued(submission.SubmissionId, submission.UnitCode, submission.QueuedAt ?? submission.UploadedAt);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogRequeueFailed(ex, submission.SubmissionId);
            }
        }

        return requeued;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId} for {Unit} waited since {QueuedAt:o}: queued again")]
    private partial void LogRequeued(string submissionId, string unit, DateTimeOffset queuedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue {SubmissionId} again; the next sweep tries again")]
    private partial void LogRequeueFailed(Exception exception, string submissionId);
}
