namespace Tthc.Core.Rollups;

/// <summary>One consolidated value.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Value">The consolidated value.</param>
/// <param name="Method">Sum, ratio or mean.</param>
/// <param name="Contributors">Codes of the units whose values went into it.</param>
/// <param name="Min">Smallest unit value (means only).</param>
/// <param name="Max">Largest unit value (means only).</param>
/// <param name="Basis">Vietnamese/English note on how it was made, e.g. the ratio's parts or the mean's weight.</param>
public sealed record RollupValue(
    string Code,
    decimal Value,
    RollupMethod Method,
    IReadOnlyList<string> Contributors,
    decimal? Min = null,
    decimal? Max = null,
    string? Basis = null);
