namespace Tthc.Core.Rollups;

/// <summary>How a province value is made from its units' values (DOMAIN.md, "Rollups").</summary>
public enum RollupMethod
{
    /// <summary>Sum of the units' counts.</summary>
    Sum,

    /// <summary>A ratio recomputed from summed parts, never an average of unit rates.</summary>
    Ratio,

    /// <summary>A labelled mean of unit rates that have no parts (weighted by a count where every unit gives it), with min and max.</summary>
    Mean,

    /// <summary>Not summable and no mean makes sense: the rollup leaves the indicator out.</summary>
    None,
}
