namespace Tthc.Pipeline.Review;

/// <summary>Why a review decision was refused.</summary>
public enum ReviewRejection
{
    /// <summary>The submission has no value with that code.</summary>
    UnknownCode,

    /// <summary>A correction without a value, or with one the indicator cannot take.</summary>
    InvalidValue,

    /// <summary>The submission is not the unit's counted version (not accepted, or superseded by a newer one).</summary>
    NotCurrent,
}
