using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Ports;

/// <summary>A rollup as stored: the figures, the province's own figures, the partition version it was computed from and its tag.</summary>
/// <param name="Rollup">The consolidated figures.</param>
/// <param name="ProvinceValues">The province's own report's values (its cross-check is made from them when read); null when it sent none.</param>
/// <param name="SourceVersion">The <see cref="PartitionVersion.Version"/> it was computed from.</param>
/// <param name="ETag">The stored entity's concurrency tag.</param>
public sealed record StoredRollup(Rollup Rollup, IReadOnlyDictionary<string, decimal>? ProvinceValues, string? SourceVersion, string ETag);
