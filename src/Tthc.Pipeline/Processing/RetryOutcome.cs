namespace Tthc.Pipeline.Processing;

/// <summary>What <see cref="RetrySubmission"/> did.</summary>
public enum RetryOutcome
{
    /// <summary>The failed submission is <c>received</c> again and its parse request queued.</summary>
    Queued,

    /// <summary>No such submission.</summary>
    NotFound,

    /// <summary>The submission has not failed (only a <c>failed</c> one is run again).</summary>
    NotFailed,
}
