using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tthc.Core.Access;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Ingestion;

/// <summary>
/// Registers an uploaded file as a submission and queues it for parsing. Idempotent on unit + content
/// hash: the same bytes twice make one submission; a crash between steps is healed by the next upload
/// or blob-trigger delivery. The upload rules (unit code, file name, size) are checked here, so the HTTP
/// route and the blob trigger (and <c>serve</c>'s watcher) refuse the same files.
/// </summary>
public sealed partial class IngestUpload(
    IReportBlobStore blobs,
    ISubmissionStore submissions,
    IParseRequestQueue queue,
    IUnitRegistryStore registry,
    IAuditLog audit,
    IOptions<UploadOptions> upload,
    TimeProvider time,
    ILogger<IngestUpload> logger)
{
    /// <summary>The largest upload accepted, in bytes: an HTTP edge stops reading a body beyond it.</summary>
    public long MaxFileBytes => upload.Value.MaxFileBytes;

    /// <summary>
    /// Checks the upload rules; <paramref name="length"/> may be unknown (null) before a body is read.
    /// </summary>
    /// <exception cref="UploadRejectedException">A rule is broken.</exception>
    public void Check(string unitCode, string fileName, long? length)
    {
        if (unitCode.Length is 0 or > 100 || !unitCode.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new UploadRejectedException(UploadRule.UnitCode, $"'{unitCode}' phải có dạng [a-z0-9-]+ / must match [a-z0-9-]+.");
        }

        if (fileName.Length is 0 or > 200 || fileName.IndexOfAny(['/', '\\', '\0']) >= 0 || fileName is "." or "..")
        {
            throw new UploadRejectedException(UploadRule.FileName, $"'{fileName}' không được chứa '/' hoặc '\\' / must be a plain file name.");
        }

        if (length > MaxFileBytes)
        {
            throw new UploadRejectedException(UploadRule.Size, $"{fileName}: {length} byte > giới hạn {MaxFileBytes} byte / over the {MaxFileBytes}-byte limit.");
        }

        if (length == 0)
        {
            throw new UploadRejectedException(UploadRule.Empty, $"{fileName}: nội dung rỗng / the file is empty.");
        }
    }

    /// <summary>
    /// Ingests <paramref name="content"/> uploaded for <paramref name="unitCode"/> as <paramref name="fileName"/> by
    /// <paramref name="by"/> (the route's caller; <see cref="Caller.IncomingFolder"/> for the blob path), and appends
    /// the upload to the audit log.
    /// </summary>
    /// <exception cref="UploadRejectedException">An upload rule is broken; nothing is stored.</exception>
    public async Task<IngestResult> ExecuteAsync(Caller by, string unitCode, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        Check(unitCode, fileName, content.Length);
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

        var province = (await registry.GetAsync(cancellationToken)).Records.FirstOrDefault(r => r.Code == unitCode)?.Province;
        await audit.AppendAsync(AuditEntry.By(by, time.GetUtcNow(), AuditActions.Upload, province, unitCode, after: $"{id} {fileName}{(added ? string.Empty : " (duplicate)")}"), cancellationToken);
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
