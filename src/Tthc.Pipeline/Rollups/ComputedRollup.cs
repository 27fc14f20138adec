using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Rollups;

/// <summary>A rollup computed from one partition read, with what it was computed from.</summary>
/// <param name="Rollup">The consolidated figures.</param>
/// <param name="SourceVersion">The partition version read.</param>
/// <param name="ProvinceValues">The province's own report's values (cross-checked against the rollup, never summed into it); null when it sent none.</param>
public sealed record ComputedRollup(Rollup Rollup, string? SourceVersion, IReadOnlyDictionary<string, decimal>? ProvinceValues);
