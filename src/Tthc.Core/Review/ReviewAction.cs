namespace Tthc.Core.Review;

/// <summary>What a person decided about a value that waited for review.</summary>
public enum ReviewAction
{
    /// <summary>The value as read is right.</summary>
    Confirm,

    /// <summary>The value is replaced by the person's figure; the original and its evidence are kept.</summary>
    Correct,
}
