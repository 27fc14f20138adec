namespace Tthc.Pipeline.Ingestion;

/// <summary>
/// An upload that breaks an upload rule; nothing was stored. Every host refuses it the same way: the HTTP
/// route answers problem+json (Tthc.Api maps <see cref="Rule"/> to the status), the blob trigger logs it.
/// </summary>
public sealed class UploadRejectedException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> is Vietnamese, then English, and names the file.</summary>
    public UploadRejectedException(UploadRule rule, string message)
        : base(message) => Rule = rule;

    /// <summary>The rule broken.</summary>
    public UploadRule Rule { get; }
}
