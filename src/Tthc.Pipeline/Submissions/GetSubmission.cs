using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Submissions;

/// <summary>Answers a submission status query.</summary>
public sealed class GetSubmission(ISubmissionStore submissions)
{
    /// <summary>Gets a submission, or null when there is none with that id.</summary>
    public Task<Submission?> ExecuteAsync(string submissionId, CancellationToken cancellationToken = default)
        => submissions.GetAsync(submissionId, cancellationToken);
}
