using System.Globalization;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Units;

namespace Tthc.Core.Exports;

/// <summary>
/// A rollup laid out as the consolidated statistics table of a province's report (Vietnamese labels, units of
/// measure, method, contributors) with its completeness lines: what the CSV and XLSX exports write.
/// </summary>
/// <param name="Title">Heading, e.g. <c>Tổng hợp số liệu giải quyết TTHC — Hưng Yên — kỳ 2025-Q3</c>.</param>
/// <param name="Rows">One row per consolidated indicator, in catalog order.</param>
/// <param name="Completeness">Label and count: expected, reported, missing (and late when there is a deadline).</param>
/// <param name="MissingUnits">Expected units without an accepted report.</param>
/// <param name="LateUnits">Units that reported after the deadline.</param>
public sealed record RollupTable(
    string Title,
    IReadOnlyList<RollupTableRow> Rows,
    IReadOnlyList<KeyValuePair<string, int>> Completeness,
    IReadOnlyList<MissingUnit> MissingUnits,
    IReadOnlyList<LateUnit> LateUnits)
{
    /// <summary>The table's column headings.</summary>
    public static IReadOnlyList<string> Header { get; } = ["STT", "Chỉ tiêu", "Mã", "Đơn vị tính", "Giá trị", "Phương pháp", "Số đơn vị", "Ghi chú"];

    /// <summary>The column headings of the missing-units list.</summary>
    public static IReadOnlyList<string> UnitHeader { get; } = ["STT", "Tên đơn vị", "Mã", "Cấp", "Tình trạng"];

    /// <summary>Lays out <paramref name="rollup"/>.</summary>
    public static RollupTable From(Rollup rollup, IndicatorCatalog catalog, ProvinceMap? provinces = null)
    {
        var province = (provinces ?? ProvinceMap.Default).Find(rollup.Province)?.Name ?? rollup.Province;
        var rows = rollup.Indicators
            .Select((v, i) =>
            {
                var definition = catalog.Describe(v.Code);
                return new RollupTableRow(i + 1, definition.Label, v.Code, definition.UnitHeading, v.Value, definition.Kind, MethodText(v.Method), v.Contributors.Count, Note(v, definition.Kind));
            })
            .ToList();
        List<KeyValuePair<string, int>> completeness =
        [
            new("Số đơn vị phải báo cáo", rollup.ExpectedUnits),
            new("Số đơn vị đã báo cáo", rollup.ReportedUnits),
            new("Số đơn vị chưa báo cáo", rollup.MissingUnits.Count),
        ];
        if (rollup.Deadline is not null)
        {
            completeness.Add(new("Số đơn vị báo cáo sau hạn", rollup.LateUnits.Count));
        }

        return new RollupTable(
            $"Tổng hợp số liệu giải quyết TTHC — {province} — kỳ {rollup.Period}",
            rows,
            completeness,
            rollup.MissingUnits,
            rollup.LateUnits);
    }

    /// <summary>Phương pháp in Vietnamese.</summary>
    public static string MethodText(RollupMethod method) => method switch
    {
        RollupMethod.Sum => "Tổng",
        RollupMethod.Ratio => "Tỷ lệ tính lại từ số liệu thành phần",
        RollupMethod.Mean => "Trung bình",
        _ => "Không tổng hợp",
    };

    /// <summary>Cấp of a unit in Vietnamese.</summary>
    public static string LevelText(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Cấp tỉnh",
        UnitLevel.Department => "Sở, ban, ngành",
        UnitLevel.District => "Cấp huyện",
        _ => "Cấp xã",
    };

    /// <summary>The missing units, then the late ones, each with its status (Chưa báo cáo / Báo cáo sau hạn).</summary>
    public IEnumerable<(int Number, string Code, string Name, UnitLevel Level, string Status)> UnitsToFollowUp()
        => MissingUnits.Select(u => (u.Code, u.Name, u.Level, Status: "Chưa báo cáo"))
            .Concat(LateUnits.Select(u => (u.Code, u.Name, u.Level, Status: "Báo cáo sau hạn")))
            .Select((x, i) => (i + 1, x.Code, x.Name, x.Level, x.Status));

    private static string Note(RollupValue value, IndicatorKind kind)
    {
        var basis = value.Basis is null ? string.Empty : value.Basis.Split(" — ")[0];
        if (value.Method != RollupMethod.Mean || value.Min is null || value.Max is null)
        {
            return basis;
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"thấp nhất {VietnameseNumber.Format(value.Min.Value, kind)}, cao nhất {VietnameseNumber.Format(value.Max.Value, kind)}");
        return basis.Length == 0 ? range : $"{basis}; {range}";
    }
}
