using System.Globalization;
using System.Text;

namespace Tthc.Cli.Demo;

/// <summary>
/// Believable, internally consistent canonical-template reports for synthetic units (demo, bench, tests):
/// received = carried over + online + direct, resolved = early + on time + late, pending = in time + overdue,
/// received = resolved + pending.
/// </summary>
internal static class SyntheticReports
{
    public static string CanonicalCsv(string unitCode, string period, Random random, int scale = 1)
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
        var values = new (string Code, string Value)[]
        {
            ("dossiers.received", Vn(received)),
            ("dossiers.carried_over", Vn(carried)),
            ("dossiers.received_online", Vn(online)),
            ("dossiers.received_direct", Vn(direct)),
            ("dossiers.resolved", Vn(resolved)),
            ("dossiers.resolved_early", Vn(early)),
            ("dossiers.resolved_on_time", Vn(onTime)),
            ("dossiers.resolved_late", Vn(late)),
            ("dossiers.pending", Vn(pending)),
            ("dossiers.pending_in_time", Vn(pending - overdue)),
            ("dossiers.pending_overdue", Vn(overdue)),
            ("rate.digitized_dossiers", Rate(85 + (random.NextDouble() * 15))),
            ("rate.satisfaction", Rate(95 + (random.NextDouble() * 5))),
            ("rate.online_payment", Rate(30 + (random.NextDouble() * 50))),
        };
        var sb = new StringBuilder("unit,period,indicator,value\n");
        foreach (var (code, value) in values)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{unitCode},{period},{code},\"{value}\"\n");
        }

        return sb.ToString();
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
        sb.Append(CultureInfo.InvariantCulture, $"- Tổng số hồ sơ tiếp nhận: {Vn(received)} hồ sơ; đã giải quyết {Vn(received - 40)} hồ sơ; đang giải quyết 40 hồ sơ.\n");
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

    private static string Vn(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static string Rate(double value) => Math.Round(value, 1).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
}
