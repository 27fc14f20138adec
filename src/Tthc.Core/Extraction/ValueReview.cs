namespace Tthc.Core.Extraction;

/// <summary>
/// How many values of a report a person should confirm: the values read (not derived) whose confidence is below
/// <see cref="Threshold"/>. A value reaches the threshold only when its label, its scope (the unit, the period) and the
/// number itself are all certain; a weak or implied label, an unknown unit, a number in words or a fraction lower it.
/// </summary>
/// <param name="Pending">Values awaiting a person's confirmation.</param>
/// <param name="Threshold">Confidence from which a value is taken without review.</param>
public sealed record ValueReview(int Pending, double Threshold)
{
    /// <summary>The confidence from which a value needs no review.</summary>
    public const double DefaultThreshold = 0.9;

    /// <summary>No value awaiting review.</summary>
    public static ValueReview None { get; } = new(0, DefaultThreshold);

    /// <summary>True when some value awaits review.</summary>
    public bool IsPending => Pending > 0;

    /// <summary>The review a report's values need at <paramref name="threshold"/>.</summary>
    public static ValueReview Of(IEnumerable<ExtractedValue> values, double threshold = DefaultThreshold)
        => new(values.Count(v => !v.Derived && NeedsReview(v, threshold)), threshold);

    /// <summary>True when a person should confirm <paramref name="value"/> (read, and below <paramref name="threshold"/>).</summary>
    public static bool NeedsReview(ExtractedValue value, double threshold = DefaultThreshold)
        => !value.Derived && Math.Round(value.Confidence, 2) < threshold;
}
