using System.Globalization;
using System.Text;

namespace Tthc.Cli.Demo;

/// <summary>
/// Believable, internally consistent reports for synthetic units (demo, bench, tests): received = carried over +
/// online + direct, resolved = early + on time + late, pending = in time + overdue, received = resolved + pending.
/// The same figures as the canonical template or as a narrative report's lines (for a Word file, a PDF or a scan).
/// </summary>
internal static class SyntheticReports
{
    public static string CanonicalCsv(string unitCode, string period, Random random, int scale = 1)
        => CanonicalCsv(unitCode, period, Figures(random, scale));

    public static string CanonicalCsv(string unitCode, string period, IReadOnlyList<(string Code, decimal Value)> figures)
    {
        var sb = new StringBuilder("unit,period,indicator,value\n");
        foreach (var (code, value) in figures)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{unitCode},{period},{code},\"{Text(code, value)}\"\n");
        }

        return sb.ToString();
    }

    /// <summary>One unit's figures for a period.</summary>
    public static IReadOnlyList<(string Code, decimal Value)> Figures(Random random, int scale = 1)
    {
        var carried = random.Next(5, 60) * scale;
        var online = random.Next(200, 2_000) * scale;
        var direct = random.Next(10, 300) * scale;
        var received = carried + online + direct;
        var pending = (int)(received * (0.03 + (random.NextDouble() * 0.07)));
        var resolved = received - pending;
        var late = (int)(resolved * random.NextDouble() * 0.02);
        var early = (int)((resolved - late) * (0.6 + (random.NextDouble() * 0.3)));
        var onTime = resolved - late - early;
        var overdue = (int)(pending * random.NextDouble() * 0.1);
        return
        [
            ("dossiers.received", received),
            ("dossiers.carried_over", carried),
            ("dossiers.received_online", online),
            ("dossiers.received_direct", direct),
            ("dossiers.resolved", resolved),
            ("dossiers.resolved_early", early),
            ("dossiers.resolved_on_time", onTime),
            ("dossiers.resolved_late", late),
            ("dossiers.pending", pending),
            ("dossiers.pending_in_time", pending - overdue),
            ("dossiers.pending_overdue", overdue),
            ("rate.digitized_dossiers", Rate(85 + (random.NextDouble() * 15))),
            ("rate.satisfaction", Rate(95 + (random.NextDouble() * 5))),
            ("rate.online_payment", Rate(30 + (random.NextDouble() * 50))),
        ];
    }

    /// <summary>
    /// A narrative text report of about <paramref name="bytes"/> bytes (UTF-8): a real-looking title and results paragraph,
    /// then page after page of activity text, as a long OCR'd report is (bench: memory).
    /// </summary>
    public static byte[] LargeText(string unitCode, int bytes, int seed)
    {
        var random = new Random(seed);
        var received = random.Next(1_000, 9_000);
        var sb = new StringBuilder(bytes + 4_096);
        sb.Append(CultureInfo.InvariantCulture, $"UBND XÃ THỬ NGHIỆM ({unitCode})\nBÁO CÁO\nTình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý I năm 2026\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Tổng số hồ sơ tiếp nhận: {Text("dossiers.received", received)} hồ sơ; đã giải quyết {Text("dossiers.received", received - 40)} hồ sơ; đang giải quyết 40 hồ sơ.\n");
        var line = 0;
        while (sb.Length < bytes)
        {
            line++;
            sb.Append(CultureInfo.InvariantCulture, $"Trang {line / 40 + 1}: tiếp tục rà soát, đơn giản hóa thủ tục hành chính, niêm yết công khai tại bộ phận một cửa; cán bộ hướng dẫn người dân nộp hồ sơ trực tuyến (mục {line}).\n");
        }

        // Vietnamese letters take two or three bytes: cut at the last line break within the size.
        var text = Encoding.UTF8.GetBytes(sb.ToString());
        return text.Length > bytes ? text[..(Array.LastIndexOf(text, (byte)'\n', bytes - 1) + 1)] : text;
    }

    /// <summary>The figures as the lines of a unit's narrative quarterly report (Vietnamese, as units write it).</summary>
    public static IReadOnlyList<string> Narrative(string unitName, string provinceName, int quarter, int year, IReadOnlyList<(string Code, decimal Value)> figures)
    {
        var v = figures.ToDictionary(f => f.Code, f => f.Value, StringComparer.Ordinal);
        string N(string code) => Text(code, v[code]);
        var roman = quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
        return
        [
            .. Letterhead(unitName, provinceName),
            "BÁO CÁO",
            $"Kết quả thực hiện công tác cải cách thủ tục hành chính quý {roman} năm {year}",
            $"Kính gửi: Văn phòng UBND {provinceName}",
            string.Empty,
            "1. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính",
            $"- Tổng số hồ sơ đã tiếp nhận: {N("dossiers.received")} hồ sơ; trong đó: kỳ trước chuyển sang {N("dossiers.carried_over")} hồ sơ, tiếp nhận trực tuyến {N("dossiers.received_online")} hồ sơ, tiếp nhận trực tiếp {N("dossiers.received_direct")} hồ sơ.",
            $"- Số hồ sơ đã giải quyết: {N("dossiers.resolved")} hồ sơ; trong đó: trước hạn {N("dossiers.resolved_early")} hồ sơ, đúng hạn {N("dossiers.resolved_on_time")} hồ sơ, quá hạn {N("dossiers.resolved_late")} hồ sơ.",
            $"- Số hồ sơ đang giải quyết: {N("dossiers.pending")} hồ sơ; trong đó: trong hạn {N("dossiers.pending_in_time")} hồ sơ, quá hạn {N("dossiers.pending_overdue")} hồ sơ.",
            "2. Số hóa hồ sơ, thanh toán trực tuyến và mức độ hài lòng",
            $"- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {N("rate.digitized_dossiers")}%.",
            $"- Tỷ lệ thanh toán trực tuyến đạt {N("rate.online_payment")}%.",
            $"- Tỷ lệ hài lòng của người dân, doanh nghiệp đạt {N("rate.satisfaction")}%.",
            string.Empty,
            "(Báo cáo giả lập, dùng cho bản chạy thử.)",
        ];
    }

    /// <summary>
    /// The issuing body at the top left, as units write it: a commune or ward is its own people's committee
    /// ("UBND XÃ …"); a department stands under the province's ("UBND TỈNH …" then "SỞ …").
    /// </summary>
    public static IReadOnlyList<string> Letterhead(string unitName, string provinceName)
        => unitName.StartsWith("Xã ", StringComparison.Ordinal) || unitName.StartsWith("Phường ", StringComparison.Ordinal)
            ? [$"UBND {unitName.ToUpperInvariant()}"]
            : [$"UBND {provinceName.ToUpperInvariant()}", unitName.ToUpperInvariant()];

    /// <summary>A value written the Vietnamese way: <c>1.234</c>, <c>98,5</c>.</summary>
    public static string Text(string code, decimal value)
        => code.StartsWith("rate.", StringComparison.Ordinal)
            ? value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',')
            : value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static decimal Rate(double value) => Math.Round((decimal)value, 1);
}
