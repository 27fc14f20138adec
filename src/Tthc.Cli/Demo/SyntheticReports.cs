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

    private static string Vn(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static string Rate(double value) => Math.Round(value, 1).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
}
