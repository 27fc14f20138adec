namespace Tthc.Pipeline.Review;

/// <summary>A review decision that cannot be taken: what is wrong, in Vietnamese then English.</summary>
public sealed class ReviewRejectedException(ReviewRejection reason, string message) : Exception(message)
{
    /// <summary>Why it was refused.</summary>
    public ReviewRejection Reason { get; } = reason;
}
