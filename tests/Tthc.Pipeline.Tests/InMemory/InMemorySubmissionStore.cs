using System.Collections.Concurrent;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="ISubmissionStore"/> port in memory, with the table's semantics (add is idempotent, merge touches one field).</summary>
internal sealed class InMemorySubmissionStore : ISubmissionStore
{
    private readonly ConcurrentDictionary<string, Submission> submissions = new(StringComparer.Ordinal);
    private long version;

    /// <summary>Stored as the table stores it: with a new tag on every write.</summary>
    private Submission Tagged(Submission submission) => submission with { ETag = Interlocked.Increment(ref version).ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public Task<(Submission Stored, bool Added)> AddOrGetAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        var added = submissions.TryAdd(submission.SubmissionId, Tagged(submission));
        return Task.FromResult((submissions[submission.SubmissionId], added));
    }

    public Task<Submission?> GetAsync(string submissionId, CancellationToken cancellationToken = default)
        => Task.FromResult(submissions.GetValueOrDefault(submissionId));

    public Task<IReadOnlyList<Submission>> ListByUnitAsync(string unitCode, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<Submission>>([.. submissions.Values.Where(s => s.UnitCode == unitCode).OrderByDescending(s => s.UploadedAt)]);

    /// <summary>Runs before each save (a test interleaves another worker's step there).</summary>
    public Func<Submission, Task>? BeforeSave { get; set; }

    public async Task SaveAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        if (BeforeSave is { } before)
        {
            await before(submission);
        }

        submissions[submission.SubmissionId] = Tagged(submission);
    }

    public async Task<bool> TrySaveUnchangedAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        if (BeforeSave is { } before)
        {
            await before(submission);
        }

        // Compare-and-swap against the stored record itself, so a write by any other method in between makes it fail (a lock
        // here would not cover those writes).
        return submission.ETag is not null
            && submissions.TryGetValue(submission.SubmissionId, out var stored)
            && stored.ETag == submission.ETag
            && submissions.TryUpdate(submission.SubmissionId, Tagged(submission), stored);
    }

    public Task MarkQueuedAsync(string submissionId, DateTimeOffset queuedAt, CancellationToken cancellationToken = default)
    {
        submissions[submissionId] = Tagged(submissions[submissionId] with { QueuedAt = queuedAt });
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<Submission> ListWaitingAsync(DateTimeOffset queuedBefore, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var s in submissions.Values.Where(s => s.Status == SubmissionStatus.Received && (s.QueuedAt ?? s.UploadedAt) < queuedBefore).ToList())
        {
            await Task.Yield();
            yield return s;
        }
    }

    public Task MarkSupersededAsync(string submissionId, string supersededBy, CancellationToken cancellationToken = default)
    {
        if (!submissions.TryGetValue(submissionId, out var submission))
        {
            throw new InvalidOperationException($"No submission {submissionId} to mark (the table's merge would fail with 404).");
        }

        submissions[submissionId] = Tagged(submission with { SupersededBy = supersededBy });
        return Task.CompletedTask;
    }
}
