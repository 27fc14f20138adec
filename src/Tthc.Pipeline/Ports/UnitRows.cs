using Tthc.Core.Extraction;
using Tthc.Core.Units;

namespace Tthc.Pipeline.Ports;

/// <summary>A unit's accepted values for one province-period, written or replaced as one transaction.</summary>
/// <param name="Province">Province code (partition).</param>
/// <param name="Period">Period code (partition).</param>
/// <param name="UnitCode">Unit code.</param>
/// <param name="UnitName">Unit name.</param>
/// <param name="Level">Unit level.</param>
/// <param name="SubmissionId">The submission the values come from.</param>
/// <param name="UploadedAt">Its upload time: a newer version wins.</param>
/// <param name="Values">The values.</param>
public sealed record UnitRows(
    string Province,
    string Period,
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    string SubmissionId,
    DateTimeOffset UploadedAt,
    IReadOnlyList<ExtractedValue> Values);
