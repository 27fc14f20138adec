using System.Globalization;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;

namespace Tthc.Core.Exports;

/// <summary>
/// Drafts the results paragraphs of a province's report from its rollup, in the words reports use:
/// "Tổng số hồ sơ đã tiếp nhận: 267.922 hồ sơ; trong đó: số hồ sơ từ kỳ trước chuyển sang: 1.730 hồ sơ; …".
/// One paragraph per topic (received, resolved, pending, rates, feedback, procedures, completeness);
/// whatever the rollup lacks is left out.
/// </summary>
public sealed class RollupNarrative(IndicatorCatalog? catalog = null)
{
    private readonly IndicatorCatalog catalog = catalog ?? IndicatorCatalog.Default;

    /// <summary>The draft, paragraphs separated by a line break.</summary>
    public string Compose(Rollup rollup)
    {
        string?[] paragraphs =
        [
            Sentence(rollup, "dossiers.received", "Tổng số hồ sơ đã tiếp nhận", "hồ sơ",
            [
                ("dossiers.carried_over", "số hồ sơ từ kỳ trước chuyển sang"),
                ("dossiers.received_online", "tiếp nhận trực tuyến"),
                ("dossiers.received_direct", "tiếp nhận trực tiếp và qua dịch vụ bưu chính"),
            ]),
            Sentence(rollup, "dossiers.resolved", "Số hồ sơ đã giải quyết", "hồ sơ",
            [
                ("dossiers.resolved_early", "giải quyết trước hạn"),
                ("dossiers.resolved_on_time", "giải quyết đúng hạn"),
                .. rollup.Get("dossiers.resolved_early") is null && rollup.Get("dossiers.resolved_on_time") is null
                    ? new[] { ("dossiers.resolved_in_time", "giải quyết trước hạn và đúng hạn") }
                    : [],
                ("dossiers.resolved_late", "giải quyết quá hạn"),
                ("dossiers.rejected", "từ chối, không giải quyết"),
                ("dossiers.withdrawn", "công dân xin rút"),
            ]),
            Sentence(rollup, "dossiers.pending", "Số hồ sơ đang giải quyết", "hồ sơ",
            [
                ("dossiers.pending_in_time", "trong hạn"),
                ("dossiers.pending_overdue", "quá hạn"),
            ]),
            Join(
                Sentence(rollup, "dossiers.returned", "Số hồ sơ trả lại", "hồ sơ", []),
                Sentence(rollup, "dossiers.supplement_requested", "Số hồ sơ yêu cầu bổ sung", "hồ sơ", [])),
            Join(
                Rate(rollup, "rate.resolved_in_time"),
                Rate(rollup, "rate.online_dossiers"),
                Rate(rollup, "rate.online_payment"),
                Rate(rollup, "rate.digitized_dossiers"),
                Rate(rollup, "rate.satisfaction"),
                Rate(rollup, "index766.score")),
            Sentence(rollup, "feedback.received", "Tổng số phản ánh, kiến nghị đã tiếp nhận", "PAKN",
            [
                ("feedback.resolved", "đã xử lý"),
                ("feedback.pending", "đang xử lý"),
            ]),
            Join(
                Sentence(rollup, "procedures.total", "Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương", "thủ tục",
                [
                    ("procedures.province_level", "cấp tỉnh"),
                    ("procedures.district_level", "cấp huyện"),
                    ("procedures.commune_level", "cấp xã"),
                ]),
                Sentence(rollup, "procedures.published", "Số TTHC được công bố trong kỳ", "thủ tục", []),
                Sentence(rollup, "services.full_online", "Số dịch vụ công trực tuyến toàn trình", "dịch vụ", []),
                Sentence(rollup, "services.partial_online", "Số dịch vụ công trực tuyến một phần", "dịch vụ", [])),
            Completeness(rollup),
        ];
        return string.Join('\n', paragraphs.Where(p => p is not null));
    }

    private static string? Sentence(Rollup rollup, string totalCode, string totalLabel, string unit, IReadOnlyList<(string Code, string Label)> parts)
    {
        string Amount(decimal v) => $"{VietnameseNumber.Format(v, IndicatorKind.Count)} {unit}";
        var present = parts.Where(p => rollup.Get(p.Code) is not null).Select(p => $"{p.Label}: {Amount(rollup.Get(p.Code)!.Value)}").ToList();
        if (rollup.Get(totalCode) is { } total)
        {
            return $"{totalLabel}: {Amount(total.Value)}" + (present.Count == 0 ? "." : $"; trong đó: {string.Join("; ", present)}.");
        }

        return present.Count == 0 ? null : $"{totalLabel}: {string.Join("; ", present)}.";
    }

    private string? Rate(Rollup rollup, string code)
    {
        if (rollup.Get(code) is not { } value)
        {
            return null;
        }

        var kind = catalog.TryGet(code, out var d) ? d.Kind : IndicatorKind.Rate;
        var label = d?.Label ?? code;
        string Written(decimal v) => kind == IndicatorKind.Score ? $"{VietnameseNumber.Format(v, kind)} điểm" : $"{VietnameseNumber.Format(v, kind)}%";
        var how = value.Method switch
        {
            RollupMethod.Mean when value.Min is { } min && value.Max is { } max
                => string.Create(CultureInfo.InvariantCulture, $" (trung bình của {value.Contributors.Count} đơn vị; thấp nhất {Written(min)}, cao nhất {Written(max)})"),
            RollupMethod.Mean => string.Create(CultureInfo.InvariantCulture, $" (trung bình của {value.Contributors.Count} đơn vị)"),
            _ => string.Empty,
        };
        return $"{label}: {Written(value.Value)}{how}.";
    }

    private static string? Completeness(Rollup rollup)
    {
        if (rollup.ExpectedUnits == 0)
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        var text = rollup.MissingUnits.Count == 0
            ? string.Create(inv, $"Tất cả {rollup.ExpectedUnits} đơn vị đã gửi báo cáo")
            : string.Create(inv, $"Có {rollup.ReportedUnits}/{rollup.ExpectedUnits} đơn vị đã gửi báo cáo; chưa báo cáo: {string.Join(", ", rollup.MissingUnits.Select(u => u.Name))}");
        var late = rollup.LateUnits.Count == 0 ? string.Empty : $"; báo cáo sau hạn: {string.Join(", ", rollup.LateUnits.Select(u => u.Name))}";
        return text + late + ".";
    }

    private static string? Join(params string?[] sentences)
    {
        var present = sentences.Where(s => s is not null).ToList();
        return present.Count == 0 ? null : string.Join(' ', present);
    }
}
