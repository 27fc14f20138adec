using Tthc.Pipeline.Rollups;

namespace Tthc.Pipeline.Ports;

/// <summary>A rollup as stored, with the partition version it was computed from and its concurrency tag.</summary>
/// <param name="Document">The rollup.</param>
/// <param name="SourceVersion">The <see cref="PartitionVersion.Version"/> it was computed from.</param>
/// <param name="ETag">The stored entity's concurrency tag.</param>
public sealed record StoredRollup(RollupDocument Document, string? SourceVersion, string ETag);
