using Tthc.Core.Extraction;
using Tthc.Core.Review;
using Tthc.Core.Validation;

namespace Tthc.Pipeline.Submissions;

/// <summary>One uploaded file for one unit: its identity (unit + content hash), status, findings and values.</summary>
/// <param name="SubmissionId">Deterministic from unit and content hash, so the same bytes make one submission.</param>
/// <param name="UnitCode">The unit the upload path names.</param>
/// <param name="FileName">File name as uploaded.</param>
/// <param name="ContentHash">SHA-256 of the bytes, hex.</param>
/// <param name="BlobName">The immutable archived copy the parser reads.</param>
/// <param name="UploadedAt">When it was uploaded; the latest accepted version per (unit, period) counts.</param>
/// <param name="Status">Lifecycle status.</param>
public sealed record Submission(
    string SubmissionId,
    string UnitCode,
    string FileName,
    string ContentHash,
    string BlobName,
    DateTimeOffset UploadedAt,
    SubmissionStatus Status)
{
    /// <summary>Province code the rows belong to (set when processed).</summary>
    public string? Province { get; init; }

    /// <summary>Period code (set when parsed).</summary>
    public string? Period { get; init; }

    /// <summary>Detected format.</summary>
    public string? Format { get; init; }

    /// <summary>Findings a person can read.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Values read, with evidence.</summary>
    public IReadOnlyList<ExtractedValue> Indicators { get; init; } = [];

    /// <summary>People's review decisions on its values, in order; the values as read stay in <see cref="Indicators"/>.</summary>
    public IReadOnlyList<ReviewDecision> Reviews { get; init; } = [];

    /// <summary>The numbers the reader saw and set aside, with why (hedged, target, other period, sub-unit, breakdown…).</summary>
    public IReadOnlyList<NotValue> NotValues { get; init; } = [];

    /// <summary>When processing finished.</summary>
    public DateTimeOffset? ProcessedAt { get; init; }

    /// <summary>Why processing failed, for status <see cref="SubmissionStatus.Failed"/>.</summary>
    public string? FailureReason { get; init; }

    /// <summary>When its parse request was last queued again (sweeper, retry, an upload of the same bytes); null: only at upload.</summary>
    public DateTimeOffset? QueuedAt { get; init; }

    /// <summary>The newer accepted submission that replaced this one's rows.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>
    /// The stored version's tag when this was read from the store (null otherwise): <see cref="Ports.ISubmissionStore.TrySaveUnchangedAsync"/>
    /// saves only if nothing changed the submission since.
    /// </summary>
    public string? ETag { get; init; }
}
