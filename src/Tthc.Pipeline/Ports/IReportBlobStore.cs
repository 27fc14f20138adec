using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Ports;

/// <summary>The <c>reports</c> container: incoming uploads and the immutable archived copies submissions read.</summary>
public interface IReportBlobStore
{
    /// <summary>Writes the archived copy for a submission (no-op if it exists) and returns its blob name.</summary>
    Task<string> ArchiveAsync(string submissionId, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>Reads a blob by name; null when it does not exist.</summary>
    Task<ReadOnlyMemory<byte>?> ReadAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>Stores the lines a submission's file was read into, written when it is processed (replaces an earlier copy).</summary>
    Task SaveDocumentAsync(SubmissionDocument document, CancellationToken cancellationToken = default);

    /// <summary>The stored lines of a submission; null when none were stored (processed before they were, or too long).</summary>
    Task<SubmissionDocument?> ReadDocumentAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Lists <c>incoming/</c> blobs not yet tagged with a submission.</summary>
    IAsyncEnumerable<IncomingBlob> ListUntaggedIncomingAsync(CancellationToken cancellationToken = default);

    /// <summary>Tags an incoming blob with the submission it became, so it is not ingested again.</summary>
    Task TagIncomingAsync(string blobName, string submissionId, CancellationToken cancellationToken = default);
}
