using Tthc.Core.Units;

namespace Tthc.Core.Rollups;

/// <summary>A unit whose accepted report was uploaded after the deadline.</summary>
/// <param name="Code">Unit code.</param>
/// <param name="Name">Unit name.</param>
/// <param name="Level">Level.</param>
/// <param name="SubmittedAt">When the counted report was uploaded.</param>
public sealed record LateUnit(string Code, string Name, UnitLevel Level, DateTimeOffset SubmittedAt);
