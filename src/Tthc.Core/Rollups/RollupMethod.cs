namespace Tthc.Core.Rollups;

/// <summary>How a province value was made from its units' values (DOMAIN.md, "Rollups").</summary>
public enum RollupMethod
{
    /// <summary>Sum of the units' counts.</summary>
    Sum,

    /// <summary>A ratio recomputed from summed parts, never an average of unit rates.</summary>
    Ratio,

    /// <summary>A labelled mean of unit rates that have no parts (weighted by dossiers received where stated), with min and max.</summary>
    Mean,
}
