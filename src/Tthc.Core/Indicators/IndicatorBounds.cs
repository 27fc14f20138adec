namespace Tthc.Core.Indicators;

/// <summary>The values an indicator may take: counts are whole numbers 0 … 10⁹, rates 0 … 100, scores by their scale.</summary>
/// <param name="Min">Smallest value allowed.</param>
/// <param name="Max">Largest value allowed.</param>
/// <param name="Whole">True when the value has no fractional part.</param>
public sealed record IndicatorBounds(decimal Min, decimal Max, bool Whole)
{
    /// <summary>Whether <paramref name="value"/> is within the bounds.</summary>
    public bool Contains(decimal value) => value >= Min && value <= Max && (!Whole || decimal.Truncate(value) == value);
}
