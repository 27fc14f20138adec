using Tthc.Core.Rollups;

namespace Tthc.Core.Indicators;

/// <summary>How an indicator's province value is made from its units' values (DOMAIN.md, "Rollups").</summary>
/// <param name="Method">Sum; ratio recomputed from summed parts; labelled mean; or none (not rolled up).</param>
/// <param name="Numerator">Ratio: the terms summed over the units above the line.</param>
/// <param name="Denominator">Ratio: the terms summed over the units below the line.</param>
/// <param name="Weight">Mean: the count the mean is weighted by (when every unit gives it, > 0).</param>
/// <param name="Basis">Ratio: how it is made, Vietnamese — English, shown beside the value.</param>
public sealed record RollupRule(
    RollupMethod Method,
    IReadOnlyList<IdentityTerm> Numerator,
    IReadOnlyList<IdentityTerm> Denominator,
    string? Weight = null,
    string? Basis = null)
{
    /// <summary>Summed over the units.</summary>
    public static RollupRule Sum { get; } = new(RollupMethod.Sum, [], []);

    /// <summary>Every code the rule reads besides the indicator's own.</summary>
    public IEnumerable<string> Codes
        => Numerator.Concat(Denominator).SelectMany(t => t.Codes).Concat(Weight is null ? [] : [Weight]);
}
