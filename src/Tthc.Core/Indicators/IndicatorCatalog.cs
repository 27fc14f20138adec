using System.Collections.Frozen;

namespace Tthc.Core.Indicators;

/// <summary>The indicator catalog of DOMAIN.md: every code the system knows, in report order.</summary>
public sealed class IndicatorCatalog
{
    private readonly FrozenDictionary<string, IndicatorDefinition> byCode;

    /// <summary>Creates a catalog from its definitions.</summary>
    public IndicatorCatalog(IEnumerable<IndicatorDefinition> definitions)
    {
        All = [.. definitions];
        byCode = All.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>The catalog of DOMAIN.md.</summary>
    public static IndicatorCatalog Default { get; } = new(
    [
        new("dossiers.received", "Tổng số hồ sơ tiếp nhận", "Dossiers received (incl. carried over)", IndicatorKind.Count),
        new("dossiers.carried_over", "Hồ sơ từ kỳ trước chuyển sang", "Dossiers carried over", IndicatorKind.Count),
        new("dossiers.received_online", "Hồ sơ mới tiếp nhận trực tuyến", "Dossiers received online", IndicatorKind.Count),
        new("dossiers.received_direct", "Hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính", "Dossiers received in person or by post", IndicatorKind.Count),
        new("dossiers.resolved", "Số hồ sơ đã giải quyết", "Dossiers resolved", IndicatorKind.Count),
        new("dossiers.resolved_early", "Hồ sơ giải quyết trước hạn", "Resolved early", IndicatorKind.Count),
        new("dossiers.resolved_on_time", "Hồ sơ giải quyết đúng hạn", "Resolved on time", IndicatorKind.Count),
        new("dossiers.resolved_in_time", "Hồ sơ giải quyết trước hạn và đúng hạn", "Resolved early or on time", IndicatorKind.Count),
        new("dossiers.resolved_late", "Hồ sơ giải quyết quá hạn", "Resolved late", IndicatorKind.Count),
        new("dossiers.rejected", "Hồ sơ từ chối, không giải quyết", "Rejected", IndicatorKind.Count),
        new("dossiers.withdrawn", "Hồ sơ công dân xin rút", "Withdrawn by the applicant", IndicatorKind.Count),
        new("dossiers.pending", "Số hồ sơ đang giải quyết", "Dossiers pending", IndicatorKind.Count),
        new("dossiers.pending_in_time", "Hồ sơ đang giải quyết trong hạn", "Pending, within deadline", IndicatorKind.Count),
        new("dossiers.pending_overdue", "Hồ sơ đang giải quyết quá hạn", "Pending, overdue", IndicatorKind.Count),
        new("dossiers.returned", "Số hồ sơ trả lại", "Dossiers returned", IndicatorKind.Count),
        new("dossiers.supplement_requested", "Số hồ sơ yêu cầu bổ sung", "Supplement requested", IndicatorKind.Count),
        new("feedback.received", "Phản ánh, kiến nghị đã tiếp nhận", "Feedback received", IndicatorKind.Count),
        new("feedback.resolved", "Phản ánh, kiến nghị đã xử lý", "Feedback resolved", IndicatorKind.Count),
        new("feedback.pending", "Phản ánh, kiến nghị đang xử lý", "Feedback pending", IndicatorKind.Count),
        new("procedures.total", "Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương", "Procedures in force", IndicatorKind.Count),
        new("procedures.province_level", "TTHC cấp tỉnh", "Province-level procedures", IndicatorKind.Count),
        new("procedures.district_level", "TTHC cấp huyện", "District-level procedures", IndicatorKind.Count),
        new("procedures.commune_level", "TTHC cấp xã", "Commune-level procedures", IndicatorKind.Count),
        new("procedures.published", "Số TTHC được công bố trong kỳ", "Procedures published in the period", IndicatorKind.Count),
        new("services.full_online", "Dịch vụ công trực tuyến toàn trình", "Fully online services", IndicatorKind.Count),
        new("services.partial_online", "Dịch vụ công trực tuyến một phần", "Partly online services", IndicatorKind.Count),
        new("rate.online_dossiers", "Tỷ lệ hồ sơ nộp trực tuyến", "Online dossier rate", IndicatorKind.Rate),
        new("rate.digitized_dossiers", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "Digitized dossier rate", IndicatorKind.Rate),
        new("rate.online_payment", "Tỷ lệ thanh toán trực tuyến", "Online payment rate", IndicatorKind.Rate),
        new("rate.satisfaction", "Tỷ lệ hài lòng", "Satisfaction rate", IndicatorKind.Rate),
        new("rate.resolved_in_time", "Tỷ lệ hồ sơ giải quyết đúng hạn", "In-time resolution rate", IndicatorKind.Rate),
        new("index766.score", "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)", "Decision 766 service index", IndicatorKind.Score),
    ]);

    /// <summary>All definitions, in catalog order.</summary>
    public IReadOnlyList<IndicatorDefinition> All { get; }

    /// <summary>Finds a definition by code.</summary>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorDefinition? definition)
        => byCode.TryGetValue(code, out definition);

    /// <summary>Gets a definition by code, or throws for an unknown code.</summary>
    public IndicatorDefinition this[string code]
        => byCode.TryGetValue(code, out var d) ? d : throw new KeyNotFoundException($"Unknown indicator code '{code}'.");
}
