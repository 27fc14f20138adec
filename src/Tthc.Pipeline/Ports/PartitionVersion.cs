namespace Tthc.Pipeline.Ports;

/// <summary>A province-period partition and an opaque tag that changes whenever a unit's rows change.</summary>
/// <param name="Province">Province code.</param>
/// <param name="Period">Period code.</param>
/// <param name="Version">Changes on every write to the partition.</param>
public sealed record PartitionVersion(string Province, string Period, string Version);
