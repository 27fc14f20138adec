using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Rollups;

/// <summary>A rollup computed from one partition read, with what it was computed from.</summary>
/// <param name="Rollup">The consolidated figures.</param>
/// <param name="SourceVersion">The partition version read.</param>
/// <param name="CrossCheck">The province's own report against the rollup, when the province uploaded one.</param>
public sealed record ComputedRollup(Rollup Rollup, string? SourceVersion, CrossCheckResult? CrossCheck);
