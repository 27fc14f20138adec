using Tthc.Core.Units;

namespace Tthc.Core.Rollups;

/// <summary>A unit expected to report that has no accepted report for the period.</summary>
/// <param name="Code">Unit code.</param>
/// <param name="Name">Unit name.</param>
/// <param name="Level">Level.</param>
public sealed record MissingUnit(string Code, string Name, UnitLevel Level);
