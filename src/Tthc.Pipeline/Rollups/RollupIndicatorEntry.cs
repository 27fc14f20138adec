using Tthc.Core.Indicators;
using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Rollups;

/// <summary>One consolidated value as the API shows it.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Label">Vietnamese label.</param>
/// <param name="Value">Value.</param>
/// <param name="Method"><c>sum</c>, <c>ratio</c> or <c>mean</c>.</param>
/// <param name="Contributors">How many units' values went into it.</param>
/// <param name="Min">Smallest unit value (means).</param>
/// <param name="Max">Largest unit value (means).</param>
/// <param name="Basis">How it was made (ratio parts, mean weight).</param>
public sealed record RollupIndicatorEntry(string Code, string Label, decimal Value, RollupMethod Method, int Contributors, decimal? Min, decimal? Max, string? Basis)
{
    /// <summary>Makes the entry from a computed value.</summary>
    public static RollupIndicatorEntry From(RollupValue value, IndicatorCatalog catalog) => new(
        value.Code,
        catalog.Describe(value.Code).Label,
        value.Value,
        value.Method,
        value.Contributors.Count,
        value.Min,
        value.Max,
        value.Basis);
}
