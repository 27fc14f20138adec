using Tthc.Core.Submissions;

namespace Tthc.Pipeline.Ports;

/// <summary>Which version of a unit's report holds its rows in a partition, with the row's concurrency tag.</summary>
/// <param name="Version">The submission whose values are stored.</param>
/// <param name="ETag">The row's tag: a write conditional on it fails if another writer got there first.</param>
public sealed record StoredVersion(ReportVersion Version, string ETag)
{
    /// <summary>The values the row holds, by indicator code (what a replacement replaces).</summary>
    public IReadOnlyDictionary<string, decimal> Values { get; init; } = new Dictionary<string, decimal>();
}
