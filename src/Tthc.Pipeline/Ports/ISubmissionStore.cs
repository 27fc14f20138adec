using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Ports;

/// <summary>The <c>Submissions</c> table.</summary>
public interface ISubmissionStore
{
    /// <summary>Adds a new submission; returns the stored one if it already exists (idempotent ingest).</summary>
    Task<(Submission Stored, bool Added)> AddOrGetAsync(Submission submission, CancellationToken cancellationToken = default);

    /// <summary>Gets a submission, or null.</summary>
    Task<Submission?> GetAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>A unit's submissions (every version and outcome), newest upload first.</summary>
    Task<IReadOnlyList<Submission>> ListByUnitAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>Replaces a submission's processing outcome (status, findings, values). Only processing calls it.</summary>
    Task SaveAsync(Submission submission, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a submission's processing outcome only if the stored submission is still the version it was read as
    /// (<see cref="Submission.ETag"/>); false, and nothing written, when anything changed it since (or it has no tag).
    /// </summary>
    Task<bool> TrySaveUnchangedAsync(Submission submission, CancellationToken cancellationToken = default);

    /// <summary>Records that a newer accepted submission replaced this one's rows, touching nothing else.</summary>
    Task MarkSupersededAsync(string submissionId, string supersededBy, CancellationToken cancellationToken = default);

    /// <summary>Records when the submission's parse request was queued again, touching nothing else.</summary>
    Task MarkQueuedAsync(string submissionId, DateTimeOffset queuedAt, CancellationToken cancellationToken = default);

    /// <summary>The submissions still <c>received</c> whose parse request was last queued (or which were uploaded) before <paramref name="queuedBefore"/>.</summary>
    IAsyncEnumerable<Submission> ListWaitingAsync(DateTimeOffset queuedBefore, CancellationToken cancellationToken = default);
}
