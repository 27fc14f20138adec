using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tthc.Core;
using Tthc.Core.Extraction;
using Tthc.Core.Extraction.Canonical;
using Tthc.Core.Ocr;
using Tthc.Core.Review;
using Tthc.Core.Submissions;
using Tthc.Core.Validation;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Processing;

/// <summary>
/// Reads a submission's file, parses it, checks it (<see cref="CheckReport"/>) and, when acceptable, writes the
/// unit's row for the period (<see cref="AcceptReport"/>); marks it accepted, rejected with findings a person
/// can read, or needs-ocr when a scanned page cannot be read here. Safe to run twice. The rules live in Core and in the steps; this class only orchestrates.
/// Exactly one version of a unit's report for a period is current: its accepted status is saved only if the submission is
/// unchanged since it was read; when it changed (a newer version written concurrently may have marked it superseded), it is
/// saved, the unit's row read again, and when a newer version holds it, this one is marked superseded by it.
/// </summary>
public sealed partial class ProcessSubmission(
    ISubmissionStore submissions,
    IReportBlobStore blobs,
    ReportParser parser,
    ReviewPolicy reviewPolicy,
    CheckReport check,
    AcceptReport accept,
    IIndicatorValueStore values,
    RecordProcessingFailure recordFailure,
    IOptions<WorkerOptions> workerOptions,
    TimeProvider time,
    ILogger<ProcessSubmission> logger)
{
    private readonly SemaphoreSlim largeFiles = new(workerOptions.Value.MaxLargeFilesAtOnce, workerOptions.Value.MaxLargeFilesAtOnce);

    /// <summary>
    /// Processes one parse request. <paramref name="dequeueCount"/> is the delivery number: when the last
    /// allowed delivery fails, the reason is recorded on the submission before the fault propagates
    /// (the queue then moves the message to the poison queue).
    /// </summary>
    public async Task ExecuteAsync(ParseRequest request, long dequeueCount = 1, CancellationToken cancellationToken = default)
    {
        try
        {
            await ProcessAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && dequeueCount >= workerOptions.Value.MaxDequeueCount)
        {
            await recordFailure.ExecuteAsync(request.SubmissionId, $"{ex.GetType().Name}: {ex.Message} (lần thử {dequeueCount}/{workerOptions.Value.MaxDequeueCount})", cancellationToken);
            throw;
        }
    }

    private async Task ProcessAsync(ParseRequest request, CancellationToken cancellationToken)
    {
        var submissionId = request.SubmissionId;
        var submission = await submissions.GetAsync(submissionId, cancellationToken);
        if (submission is null)
        {
            LogUnknown(submissionId);
            return;
        }

        if (submission.Status is SubmissionStatus.Accepted or SubmissionStatus.Rejected)
        {
            return; // at-least-once delivery: already done
        }

        // Bytes sent along with the request are used only when they are the archived file's (same hash).
        var content = request.Content is { } sent && SubmissionId.HashContent(sent) == submission.ContentHash
            ? sent
            : await blobs.ReadAsync(submission.BlobName, cancellationToken)
            ?? throw new InvalidOperationException($"The archived file {submission.BlobName} of {submissionId} is missing.");
        if (content.Length <= workerOptions.Value.LargeFileBytes)
        {
            await ProcessContentAsync(submission, content, cancellationToken);
            return;
        }

        // Reading a large file takes several times its size: only a few at once, whatever the queue delivers together.
        await largeFiles.WaitAsync(cancellationToken);
        try
        {
            await ProcessContentAsync(submission, content, cancellationToken);
        }
        finally
        {
            largeFiles.Release();
        }
    }

    private async Task ProcessContentAsync(Submission submission, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var submissionId = submission.SubmissionId;
        ParsedReport report;
        try
        {
            report = await parser.ParseAsync(new ReportFile(submission.FileName, content), cancellationToken);
        }
        catch (OcrUnavailableException ex)
        {
            // Not the file's fault: it waits for OCR (uploading it again once OCR runs reads it).
            await submissions.SaveAsync(
                submission with { Status = SubmissionStatus.NeedsOcr, Format = "pdf", Findings = [Finding.Warning("ocr.available", ex.Message)], Indicators = [], ProcessedAt = time.GetUtcNow() },
                cancellationToken);
            LogNeedsOcr(submissionId, submission.UnitCode, ex.Message);
            return;
        }
        catch (InputFormatException ex)
        {
            await RejectAsync(submission with { Findings = [Finding.Error("file.readable", $"{ex.Message}", [], ex.Line)], Indicators = [] }, cancellationToken);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Parsing is pure: a fault here is a reader bug that retrying cannot fix. Record it for people, log it for us.
            LogReaderFault(ex, submissionId, submission.FileName);
            await RejectAsync(submission with { Findings = [Finding.Error("file.readable", $"{submission.FileName}: lỗi khi đọc tệp, đã ghi nhận để xử lý / the file could not be read ({ex.GetType().Name}); the fault is logged.")], Indicators = [] }, cancellationToken);
            return;
        }

        // The lines are stored once, so showing the evidence never parses (or OCRs) the file again.
        // A canonical CSV's lines are the file's own lines, read again in microseconds and the same at any reader version,
        // with no figures set aside: not copied (a blob write per report); the first view reads and stores them.
        var document = SubmissionDocument.Of(submissionId, submission.FileName, report);
        if (report.Format != CanonicalCsvReader.FormatName && document.FitsStore())
        {
            await blobs.SaveDocumentAsync(document, cancellationToken);
        }

        var checkedReport = await check.ExecuteAsync(submission, report, cancellationToken);
        var read = submission with
        {
            Province = checkedReport.Rejection is null ? checkedReport.Unit?.Province : submission.Province,
            Period = checkedReport.Period?.Label ?? submission.Period,
            Format = report.Format,
            Findings = checkedReport.Findings,
            Indicators = checkedReport.Report.Indicators,
            NotValues = report.NotValues,
        };
        if (!checkedReport.IsAcceptable)
        {
            await RejectAsync(read, cancellationToken);
            return;
        }

        // No interim 'parsed' write: if we stop before 'accepted', redelivery redoes the whole step.
        var unit = checkedReport.Unit!;
        // Values the reader is unsure of (or a warning names) are stored but wait for a person before they count.
        var reviewed = reviewPolicy.Apply(checkedReport.Report.Indicators, checkedReport.Findings, read.Reviews);
        var figures = reviewed.Values;
        var rows = new UnitRows(unit.Province, read.Period!, unit.Code, unit.Name, unit.Level, new ReportVersion(submissionId, submission.UploadedAt), figures) { AwaitingReview = reviewed.Awaiting };
        var supersededBy = await accept.ExecuteAsync(rows, checkedReport.History, cancellationToken);
        var accepted = SubmissionLimits.Apply(read with { Status = SubmissionStatus.Accepted, ProcessedAt = time.GetUtcNow(), SupersededBy = supersededBy });

        // Saved only if nothing touched the submission since it was read: then no newer version has marked it superseded,
        // and one that takes the row later marks it after this save. Otherwise the save may overwrite such a mark, so the
        // row is read again and the mark put back.
        if (supersededBy is not null)
        {
            await submissions.SaveAsync(accepted, cancellationToken);
        }
        else if (!await submissions.TrySaveUnchangedAsync(accepted, cancellationToken))
        {
            await submissions.SaveAsync(accepted, cancellationToken);
            if (await values.GetVersionAsync(rows.Province, rows.Period, rows.UnitCode, cancellationToken) is { } current && current.Version.SubmissionId != submissionId)
            {
                await submissions.MarkSupersededAsync(submissionId, current.Version.SubmissionId, cancellationToken);
            }
        }

        LogAccepted(submissionId, unit.Code, rows.Period, figures.Count);
    }

    private async Task RejectAsync(Submission submission, CancellationToken cancellationToken)
    {
        var rejected = SubmissionLimits.Apply(submission with { Status = SubmissionStatus.Rejected, ProcessedAt = time.GetUtcNow() });
        await submissions.SaveAsync(rejected, cancellationToken);
        LogRejected(submission.SubmissionId, submission.UnitCode, rejected.Findings.Count(f => f.Severity == Severity.Error));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId} for {Unit} waits for OCR: {Reason}")]
    private partial void LogNeedsOcr(string submissionId, string unit, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reader fault on {SubmissionId} ({FileName})")]
    private partial void LogReaderFault(Exception exception, string submissionId, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse request for unknown submission {SubmissionId} ignored")]
    private partial void LogUnknown(string submissionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Accepted {SubmissionId} for {Unit} in {Period}: {Count} values")]
    private partial void LogAccepted(string submissionId, string unit, string period, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected {SubmissionId} for {Unit}: {Errors} errors")]
    private partial void LogRejected(string submissionId, string unit, int errors);
}
