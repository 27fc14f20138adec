using Tthc.Core.Rollups;
using Tthc.Core.Units;

namespace Tthc.Pipeline.Rollups;

/// <summary>A unit named in a rollup's completeness lists.</summary>
/// <param name="Code">Unit code.</param>
/// <param name="Name">Unit name.</param>
/// <param name="Level">Level name.</param>
public sealed record RollupUnitEntry(string Code, string Name, string Level)
{
    /// <summary>From the domain's missing-unit record.</summary>
    public static RollupUnitEntry From(MissingUnit unit) => new(unit.Code, unit.Name, unit.Level.ToCode());

    /// <summary>From the domain's late-unit record.</summary>
    public static RollupUnitEntry From(LateUnit unit) => new(unit.Code, unit.Name, unit.Level.ToCode());
}
