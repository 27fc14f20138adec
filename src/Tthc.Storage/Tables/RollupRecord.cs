using Tthc.Core.Rollups;
using Tthc.Core.Units;

namespace Tthc.Storage.Tables;

/// <summary>
/// The stored shape of a rollup (JSON in the <c>Rollups</c> table): the figures and the province's own values,
/// each once; labels, cross-check and the drafted paragraph are derived when read, so they are not kept.
/// </summary>
internal sealed record RollupRecord(
    string Province,
    string Period,
    int ExpectedUnits,
    int ReportedUnits,
    IReadOnlyList<MissingUnit> MissingUnits,
    IReadOnlyList<LateUnit> LateUnits,
    DateTimeOffset? Deadline,
    IReadOnlyList<RollupValue> Indicators,
    IReadOnlyDictionary<UnitLevel, IReadOnlyList<RollupValue>> ByLevel,
    DateTimeOffset ComputedAt,
    IReadOnlyDictionary<string, decimal>? ProvinceValues)
{
    public static RollupRecord From(Rollup r, IReadOnlyDictionary<string, decimal>? provinceValues)
        => new(r.Province, r.Period, r.ExpectedUnits, r.ReportedUnits, r.MissingUnits, r.LateUnits, r.Deadline, r.Indicators, r.ByLevel, r.ComputedAt, provinceValues);

    public Rollup ToRollup()
        => new(Province, Period, ExpectedUnits, ReportedUnits, MissingUnits, LateUnits, Deadline, Indicators, ByLevel, ComputedAt);
}
