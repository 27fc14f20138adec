using Tthc.Core;
using Tthc.Core.Extraction;
using Tthc.Core.Ocr;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Submissions;

/// <summary>
/// The lines of a submission's file, so each value's evidence line can be shown in its place, with the figures the
/// reader set aside. They are stored when the submission is processed (a scanned PDF is not sent through OCR again on
/// every view); a canonical CSV (whose lines are the file's), a submission processed before that, or one too long to store,
/// is read again by the same parser, and what that gives is stored for the next call.
/// </summary>
public sealed class GetSubmissionDocument(ISubmissionStore submissions, IReportBlobStore blobs, ReportParser parser)
{
    /// <summary>The document of <paramref name="submissionId"/>, or null when there is no such submission.</summary>
    public async Task<SubmissionDocument?> ExecuteAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var submission = await submissions.GetAsync(submissionId, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        if (await blobs.ReadDocumentAsync(submissionId, cancellationToken) is { } stored)
        {
            return stored;
        }

        var content = await blobs.ReadAsync(submission.BlobName, cancellationToken);
        if (content is not { } bytes)
        {
            return new SubmissionDocument(submissionId, submission.FileName, [], []);
        }

        ParsedReport report;
        try
        {
            report = await parser.ParseAsync(new ReportFile(submission.FileName, bytes), cancellationToken);
        }
        catch (Exception ex) when (ex is InputFormatException or OcrUnavailableException)
        {
            // Rejected, or waiting for OCR: its findings say why. There are no lines to show.
            return new SubmissionDocument(submissionId, submission.FileName, [], []);
        }

        var document = SubmissionDocument.Of(submissionId, submission.FileName, report);
        if (document.FitsStore())
        {
            await blobs.SaveDocumentAsync(document, cancellationToken);
        }

        return document;
    }
}
