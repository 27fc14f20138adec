using System.Globalization;
using Tthc.Core.Indicators;
using Tthc.Core.Validation;

namespace Tthc.Core.Rollups;

/// <summary>A province's consolidated report compared with the rollup of its units, indicator by indicator.</summary>
/// <param name="Province">Province code.</param>
/// <param name="Period">Period code.</param>
/// <param name="Lines">Every indicator on either side, in catalog order.</param>
public sealed record CrossCheckResult(string Province, string Period, IReadOnlyList<CrossCheckLine> Lines)
{
    /// <summary>The lines where the two sides differ or only one side has a value.</summary>
    public IReadOnlyList<CrossCheckLine> Differences => [.. Lines.Where(l => l.Status != CrossCheckStatus.Same)];

    /// <summary>True when every indicator on both sides agrees and none is one-sided.</summary>
    public bool Agrees => Lines.All(l => l.Status == CrossCheckStatus.Same);

    /// <summary>The differences as warnings a person can read (Vietnamese / English), naming the file and line.</summary>
    public IReadOnlyList<Finding> ToFindings(string? file = null)
        => [.. Differences.Select(l => Finding.Warning($"cross-check {l.Code}", Describe(l, file), [l.Code], l.Line))];

    private static string Describe(CrossCheckLine l, string? file)
    {
        var where = file is null ? string.Empty : l.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{file}, dòng {line}: ") : $"{file}: ";
        var name = $"\"{l.Label}\" ({l.Code})";
        string Vi(decimal v) => VietnameseNumber.Format(v, l.Kind);
        static string En(decimal v) => decimal.Round(v, 2).ToString("#,0.##", CultureInfo.InvariantCulture);
        return l.Status switch
        {
            CrossCheckStatus.OnlyReported => $"{where}{name} = {Vi(l.Reported!.Value)} có trong báo cáo của tỉnh nhưng không đơn vị nào báo cáo / in the province's report but no unit reported it",
            CrossCheckStatus.OnlyComputed => $"{where}{name}: tổng hợp từ các đơn vị = {Vi(l.Computed!.Value)} nhưng báo cáo của tỉnh không có / computed from the units ({En(l.Computed!.Value)}) but missing from the province's report",
            _ => $"{where}{name}: báo cáo của tỉnh {Vi(l.Reported!.Value)} ≠ tổng hợp từ các đơn vị {Vi(l.Computed!.Value)} (chênh {Vi(l.Difference!.Value)}{Percent(l, vi: true)})"
                + $" / the province reports {En(l.Reported!.Value)}, the units' rollup gives {En(l.Computed!.Value)} (difference {En(l.Difference!.Value)}{Percent(l, vi: false)})",
        };
    }

    private static string Percent(CrossCheckLine l, bool vi)
    {
        if (l.RelativeDifference is not { } r || l.Kind != IndicatorKind.Count)
        {
            return string.Empty;
        }

        var percent = decimal.Round(r * 100, 2);
        return vi ? $", {VietnameseNumber.Format(percent, IndicatorKind.Rate)}%" : $", {percent.ToString("0.##", CultureInfo.InvariantCulture)}%";
    }
}
