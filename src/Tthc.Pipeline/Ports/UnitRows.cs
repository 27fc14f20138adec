using Tthc.Core.Submissions;
using Tthc.Core.Units;

namespace Tthc.Pipeline.Ports;

/// <summary>A unit's accepted values for one province-period: the one row a rollup reads per unit.</summary>
/// <param name="Province">Province code (partition).</param>
/// <param name="Period">Period code (partition).</param>
/// <param name="UnitCode">Unit code.</param>
/// <param name="UnitName">Unit name.</param>
/// <param name="Level">Unit level.</param>
/// <param name="Version">The submission the values come from and its upload time.</param>
/// <param name="Values">The values by indicator code (their evidence stays with the submission).</param>
public sealed record UnitRows(
    string Province,
    string Period,
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    ReportVersion Version,
    IReadOnlyDictionary<string, decimal> Values)
{
    /// <summary>Codes whose values wait for a person's review: stored with the row, left out of rollups until decided.</summary>
    public IReadOnlyList<string> AwaitingReview { get; init; } = [];
}
