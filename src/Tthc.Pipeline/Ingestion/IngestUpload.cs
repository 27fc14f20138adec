using Microsoft.Extensions.Logging;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Ingestion;

/// <summary>
/// Registers an uploaded file as a submission and queues it for parsing. Idempotent on unit + content
/// hash: the same bytes twice make one submission; a crash between steps is healed by the next upload
/// or blob-trigger delivery.
/// </summary>
public sealed partial class IngestUpload(
    IReportBlobStore blobs,
    ISubmissionStore submissions,
    IParseRequestQueue queue,
    TimeProvider time,
    ILogger<IngestUpload> logger)
{
    /// <summary>Ingests <paramref name="content"/> uploaded by <paramref name="unitCode"/> as <paramref name="fileName"/>.</summary>
    public async Task<IngestResult> ExecuteAsync(string unitCode, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var hash = SubmissionId.HashContent(content.Span);
        var id = SubmissionId.For(unitCode, hash);

        // Archive first: the submission must never point at bytes that are not there.
        var blobName = await blobs.ArchiveAsync(id, fileName, content, cancellationToken);
        var (stored, added) = await submissions.AddOrGetAsync(
            new Submission(id, unitCode, fileName, hash, blobName, time.GetUtcNow(), SubmissionStatus.Received),
            cancellationToken);

        // A duplicate still waiting may be one whose enqueue was lost to a crash: queue it again.
        // Processing is idempotent, so an extra message costs one no-op delivery at most.
        if (added || stored.Status == SubmissionStatus.Received)
        {
            await queue.EnqueueAsync(new ParseRequest(id), cancellationToken);
        }

        if (added)
        {
            LogIngested(id, unitCode, fileName);
        }
        else
        {
            LogDuplicate(id, unitCode, fileName);
        }

        return new IngestResult(id, Duplicate: !added);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {SubmissionId} for {Unit} from {FileName}")]
    private partial void LogIngested(string submissionId, string unit, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Same bytes again: {SubmissionId} for {Unit} ({FileName}) already exists")]
    private partial void LogDuplicate(string submissionId, string unit, string fileName);
}
