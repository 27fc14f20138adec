namespace Tthc.Api.Apis;

/// <summary>The body of <c>GET /api/rollups/{province}/{period}/units</c>.</summary>
/// <param name="Province">Province code.</param>
/// <param name="Period">Period code.</param>
/// <param name="Units">One row per unit.</param>
public sealed record RollupUnitsView(string Province, string Period, IReadOnlyList<RollupUnitRow> Units);
