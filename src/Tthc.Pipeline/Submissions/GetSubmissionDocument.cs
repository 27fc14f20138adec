using Tthc.Core;
using Tthc.Core.Extraction;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Submissions;

/// <summary>
/// The lines of a submission's archived file, read again by the same parser that read its values, so each value's
/// evidence line can be shown in its place, with the figures the reader set aside. Reading is pure and deterministic,
/// so nothing extra is stored.
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

        var content = await blobs.ReadAsync(submission.BlobName, cancellationToken);
        if (content is not { } bytes)
        {
            return new SubmissionDocument(submissionId, submission.FileName, [], []);
        }

        try
        {
            var report = parser.Parse(new ReportFile(submission.FileName, bytes), cancellationToken);
            return new SubmissionDocument(submissionId, submission.FileName, report.Lines, report.NotValues);
        }
        catch (InputFormatException)
        {
            // The submission was rejected for it already; its findings say why. There are no lines to show.
            return new SubmissionDocument(submissionId, submission.FileName, [], []);
        }
    }
}
