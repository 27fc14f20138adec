namespace Tthc.Core.Review;

/// <summary>Where a read value stands with respect to review.</summary>
public enum ValueReviewState
{
    /// <summary>Read with enough confidence and no warning names it: it counts without review.</summary>
    NotNeeded,

    /// <summary>Below the confidence threshold, or named by a warning: it waits for a person and does not count yet.</summary>
    Awaiting,

    /// <summary>A person confirmed it as read.</summary>
    Confirmed,

    /// <summary>A person replaced it with their figure.</summary>
    Corrected,
}
