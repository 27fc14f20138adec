using System.Globalization;
using System.Text;
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
/// or blob-trigger delivery (and by <see cref="Processing.SweepSubmissions"/>). The latest upload wins by receipt
/// time even when its bytes equal an earlier version's (A, B, A again: A counts): bytes whose submission was
/// superseded, rejected or failed are that submission received again, now, and processed again. The upload rules (unit code, file name, size) are checked here, so the HTTP
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

        if (fileName.Length > MaxFileNameLength)
        {
            throw new UploadRejectedException(UploadRule.FileName, $"'{Printable(fileName[..40])}…': tên tệp dài {fileName.Length} ký tự > {MaxFileNameLength} / the file name is longer than {MaxFileNameLength} characters.");
        }

        if (HiddenAt(fileName) >= 0)
        {
            // Control, bidi and other format characters (Cc, Cf), line separators, lone surrogates: a name that reads
            // differently from what it is ("cv\u202Efdp.exe") or breaks a log line. Shown escaped, never as they are.
            throw new UploadRejectedException(UploadRule.FileName, $"'{Printable(fileName)}': tên tệp chứa ký tự điều khiển hoặc ký tự định dạng ẩn / the file name contains control or format characters.");
        }

        if (fileName.Length is 0 || fileName.IndexOfAny(['/', '\\']) >= 0 || fileName is "." or "..")
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

    /// <summary>The longest file name accepted, in characters.</summary>
    public const int MaxFileNameLength = 200;

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
        var now = time.GetUtcNow();
        var (stored, added) = await submissions.AddOrGetAsync(
            new Submission(id, unitCode, fileName, hash, blobName, now, SubmissionStatus.Received),
            cancellationToken);
        if (!added && IsReplaced(stored))
        {
            await submissions.SaveAsync(
                stored with { FileName = fileName, UploadedAt = now, QueuedAt = now, Status = SubmissionStatus.Received, SupersededBy = null, FailureReason = null, ProcessedAt = null },
                cancellationToken);
            await EnqueueAsync(id, content, cancellationToken);
            LogReceivedAgain(id, unitCode, fileName, stored.Status);
            return new IngestResult(id, Duplicate: true);
        }

        // A duplicate still waiting may be one whose enqueue was lost to a crash, or a scan that waited for OCR:
        // queue it again. Processing is idempotent, so an extra message costs one no-op delivery at most.
        if (added || stored.Status is SubmissionStatus.Received or SubmissionStatus.NeedsOcr)
        {
            await EnqueueAsync(id, content, cancellationToken);
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

    /// <summary>
    /// Queues the parse request. The file is archived and registered by now, so a queue that is down does not refuse the
    /// upload: the submission stays <c>received</c> and <see cref="Processing.SweepSubmissions"/> queues it once the queue is back.
    /// </summary>
    private async Task EnqueueAsync(string id, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        try
        {
            await queue.EnqueueAsync(new ParseRequest(id) { Content = content.Length <= upload.Value.InlineBytes ? content.ToArray() : null }, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogEnqueueFailed(ex, id);
        }
    }

    /// <summary>The index of the first character of <paramref name="text"/> that is hidden (control, format, separator, lone surrogate), or -1.</summary>
    private static int HiddenAt(string text, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (Rune.GetUnicodeCategory(new Rune(text[i], text[i + 1])) is UnicodeCategory.Format)
                {
                    return i;
                }

                i++;
            }
            else if (char.GetUnicodeCategory(text[i]) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><paramref name="text"/> with its hidden characters written as <c>\uXXXX</c>.</summary>
    private static string Printable(string text)
    {
        var sb = new StringBuilder(text.Length);
        var from = 0;
        for (var at = HiddenAt(text); at >= 0; at = HiddenAt(text, from))
        {
            sb.Append(text, from, at - from).Append(CultureInfo.InvariantCulture, $"\\u{(int)text[at]:X4}");
            from = at + (char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2 : 1);
        }

        return sb.Append(text, from, text.Length - from).ToString();
    }

    private static bool IsReplaced(Submission stored)
        => stored.Status is SubmissionStatus.Rejected or SubmissionStatus.Failed
            || (stored.Status == SubmissionStatus.Accepted && stored.SupersededBy is not null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Same bytes as {SubmissionId} ({Status}) uploaded again for {Unit} as {FileName}: received again, the latest upload counts")]
    private partial void LogReceivedAgain(string submissionId, string unit, string fileName, SubmissionStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse request of {SubmissionId} not queued; the sweeper queues it once the queue answers")]
    private partial void LogEnqueueFailed(Exception exception, string submissionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {SubmissionId} for {Unit} from {FileName}")]
    private partial void LogIngested(string submissionId, string unit, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Same bytes again: {SubmissionId} for {Unit} ({FileName}) already exists")]
    private partial void LogDuplicate(string submissionId, string unit, string fileName);
}
