namespace Tthc.Pipeline.Ports;

/// <summary>The message on the <c>parse-requests</c> queue.</summary>
/// <param name="SubmissionId">The submission to process.</param>
public sealed record ParseRequest(string SubmissionId)
{
    /// <summary>
    /// The file's bytes when it is small (<see cref="UploadOptions.InlineBytes"/>), so the worker need not read the archived
    /// blob; null otherwise. The archive stays the record: the worker uses these bytes only when their hash is the
    /// submission's, and reads the blob when not.
    /// </summary>
    public byte[]? Content { get; init; }
}
