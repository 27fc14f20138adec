using System.Globalization;
using Tthc.Core.Periods;
using Tthc.Core.Text;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// Finds a report's period in its title block ("tháng 02 năm 2024", "quý III năm 2025", "6 tháng đầu năm 2024",
/// "năm 2025"), ignoring the signing date ("ngày 23 tháng 7 năm 2024"), and the window it states anywhere
/// ("tính từ ngày 15/12/2023 đến ngày 30/6/2024", "từ ngày 15/12/2025 đến hết ngày 02/4/2026").
/// </summary>
internal static class PeriodDetector
{
    private const int TitleLines = 40;

    // A news text's dateline is among its first lines (title, byline, date).
    private const int DatelineLines = 6;

    /// <summary>The period, with the stated window when the report gives one; null when none is found.</summary>
    public static ReportingPeriod? Detect(TokenizedReport report)
    {
        var tokens = report.Tokens;
        ReportingPeriod? period = null;
        ReportingPeriod? yearOnly = null;
        var lastTitleToken = 0;
        if (report.Info.Count > 0)
        {
            var last = report.Info[Math.Min(report.Info.Count, TitleLines) - 1];
            lastTitleToken = last.FirstToken + last.TokenCount;
        }

        var datelineLine = report.Info[Math.Min(report.Info.Count, DatelineLines) - 1];
        var dateline = report.Info.Count == 0 ? null : Dateline(tokens, datelineLine.FirstToken + datelineLine.TokenCount);
        for (var i = 0; i < lastTitleToken && period is null; i++)
        {
            period = At(tokens, i, ref yearOnly) ?? Yearless(tokens, i, dateline);
        }

        period ??= yearOnly;
        var window = StatedWindow(tokens, period, dateline);
        if (window is { } w && ReportingPeriod.IsPlausibleWindow(w.From, w.To))
        {
            // A stated window keeps the named period it covers ("quý III … từ 1/7 đến 14/9/2025"); one that covers no
            // named period ("quý III" in the title, figures "từ 1.1.2019 đến 15.08.2019") is a custom period of its own.
            period = period is null || !Covers(w.From, w.To, period) ? ReportingPeriod.Custom(w.From, w.To) : period.WithStatedWindow(w.From, w.To);
        }

        return period;
    }

    private static bool Covers(DateOnly from, DateOnly to, ReportingPeriod period)
    {
        var official = period.To.DayNumber - period.From.DayNumber + 1;
        var length = to.DayNumber - from.DayNumber + 1;
        var overlap = Math.Min(to.DayNumber, period.To.DayNumber) - Math.Max(from.DayNumber, period.From.DayNumber) + 1;
        return overlap >= 0.6 * official && length <= 1.5 * official;
    }

    private static DateOnly? Dateline(IReadOnlyList<TextToken> t, int end)
    {
        // The first full date of the title block: a news text's dateline ("24/09/2019", " date 2025-10-13") says the year
        // a yearless "quý III" or "tháng 10 vừa qua" belongs to.
        for (var i = 0; i < end; i++)
        {
            if (t[i].Kind == TextTokenKind.Slashed && Date(t[i].Text) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private static ReportingPeriod? Yearless(IReadOnlyList<TextToken> t, int i, DateOnly? dateline)
    {
        if (dateline is not { } day || IsPlan(t, i))
        {
            return null;
        }

        ReportingPeriod? Before(Func<int, ReportingPeriod> make)
            => make(day.Year).From <= day ? make(day.Year) : make(day.Year - 1);

        if (t[i].Is("quy") && i + 1 < t.Count && t[i + 1].Kind == TextTokenKind.Word && Roman(t[i + 1].Text) is { } q
            && (i + 2 >= t.Count || t[i + 2].Kind is not (TextTokenKind.Number or TextTokenKind.Slashed)) && YearAfter(t, i + 2) is null)
        {
            return Before(y => ReportingPeriod.Quarter(y, q));
        }

        if (t[i].Is("thang") && i + 3 < t.Count && t[i + 1].Kind == TextTokenKind.Number && t[i + 2].Is("vua") && t[i + 3].Is("qua")
            && int.TryParse(t[i + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            return Before(y => ReportingPeriod.Month(y, m));
        }

        return null;
    }

    private static bool IsPlan(IReadOnlyList<TextToken> t, int i)
    {
        // "phương hướng, nhiệm vụ quý IV/2025", "kế hoạch năm 2024", "dự kiến trong quý III": a plan's period, not the report's.
        for (var k = Math.Max(0, i - 5); k < i; k++)
        {
            if ((t[k].Is("nhiem") && t[k + 1].Is("vu")) || (t[k].Is("phuong") && t[k + 1].Is("huong")) || (t[k].Is("du") && t[k + 1].Is("kien"))
                || (t[k].Is("ke") && t[k + 1].Is("hoach")) || (t[k].Is("so") && t[k + 1].Is("voi")) || t[k].Is("trien"))
            {
                return true;
            }
        }

        return false;
    }

    private static ReportingPeriod? At(IReadOnlyList<TextToken> t, int i, ref ReportingPeriod? yearOnly)
    {
        var w = t[i];
        if (IsPlan(t, i))
        {
            return null;
        }

        if (w.Is("quy") && i + 1 < t.Count && Roman(t[i + 1].Text) is { } q && YearAfter(t, i + 2) is { } qy)
        {
            return ReportingPeriod.Quarter(qy, q);
        }

        // "quý III/ 2019": the slash parted from its year.
        if (w.Is("quy") && i + 3 < t.Count && Roman(t[i + 1].Text) is { } sq3 && t[i + 2].Text == "/" && Year(t[i + 3]) is { } y3)
        {
            return ReportingPeriod.Quarter(y3, sq3);
        }

        // "quý I/2026", "tháng 3/2026".
        if ((w.Is("quy") || w.Is("thang")) && !IsDate(t, i) && i + 1 < t.Count && t[i + 1].Kind == TextTokenKind.Slashed
            && t[i + 1].Text.Split('/') is [var index, var yearText] && Year(new TextToken(TextTokenKind.Number, yearText, w.Line)) is { } sy)
        {
            if (w.Is("quy") && Roman(index) is { } sq)
            {
                return ReportingPeriod.Quarter(sy, sq);
            }

            if (w.Is("thang") && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var sm) && sm is >= 1 and <= 12)
            {
                return ReportingPeriod.Month(sy, sm);
            }
        }

        if (w.Kind == TextTokenKind.Number && w.Text == "6" && i + 2 < t.Count && t[i + 1].Is("thang") && (t[i + 2].Is("dau") || t[i + 2].Is("cuoi"))
            && YearAfter(t, i + 3) is { } hy)
        {
            return ReportingPeriod.Half(hy, t[i + 2].Is("dau") ? 1 : 2);
        }

        if (w.Is("thang") && i + 1 < t.Count && t[i + 1].Kind == TextTokenKind.Number && !IsDate(t, i)
            && int.TryParse(t[i + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            && YearAfter(t, i + 2) is { } my)
        {
            return ReportingPeriod.Month(my, m);
        }

        if (yearOnly is null && w.Is("nam") && !IsDate(t, i) && !IsAfterDuration(t, i) && i + 1 < t.Count && Year(t[i + 1]) is { } y
            && (i == 0 || t[i - 1].Line != w.Line || t[i - 1].Kind is not TextTokenKind.Number) && LineHasTitleWords(t, i))
        {
            yearOnly = ReportingPeriod.FullYear(y);
        }

        return null;
    }

    private static bool LineHasTitleWords(IReadOnlyList<TextToken> t, int i)
    {
        // "Báo cáo … năm 2025", "… cải cách hành chính năm 2025": a title, not "giai đoạn 2021-2025" or "kế hoạch năm 2024".
        for (var k = Math.Max(0, i - 12); k < i; k++)
        {
            var next = t[k + 1];
            if ((t[k].Is("ke") && next.Is("hoach")) || (t[k].Is("giai") && next.Is("doan")) || (t[k].Is("nghi") && (next.Is("dinh") || next.Is("quyet")))
                || (t[k].Is("quyet") && next.Is("dinh")) || (t[k].Is("so") && next.Is("voi")) || (t[k].Is("chi") && next.Is("thi")))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAfterDuration(IReadOnlyList<TextToken> t, int i)
        => i >= 2 && (t[i - 1].Is("dau") || t[i - 1].Is("cuoi")) && t[i - 2].Is("thang");

    private static bool IsDate(IReadOnlyList<TextToken> t, int i)
    {
        for (var k = Math.Max(0, i - 4); k < i; k++)
        {
            if (t[k].Is("ngay") || t[k].Is("ngdy"))
            {
                return true;
            }
        }

        return false;
    }

    private static int? YearAfter(IReadOnlyList<TextToken> t, int i)
    {
        for (var k = i; k < Math.Min(t.Count, i + 3); k++)
        {
            if (Year(t[k]) is { } y)
            {
                return y;
            }

            if (t[k].Kind != TextTokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    private static int? Year(TextToken token)
        => token.Kind == TextTokenKind.Number && token.Text.Length == 4
            && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null;

    private static int? Roman(string s) => s switch
    {
        "i" or "l" or "1" => 1,
        "ii" or "ll" or "2" or "il" or "li" => 2,
        "iii" or "iit" or "lll" or "3" or "iil" or "ili" or "lii" or "ii1" or "iiii" => 3,
        "iv" or "lv" or "4" or "ivv" => 4,
        _ => null,
    };

    private static (DateOnly From, DateOnly To)? StatedWindow(IReadOnlyList<TextToken> t, ReportingPeriod? period, DateOnly? dateline)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].Is("tu"))
            {
                continue;
            }

            var k = i + 1;
            if (k < t.Count && t[k].Is("ngay"))
            {
                k++;
            }

            if (k >= t.Count || t[k].Kind != TextTokenKind.Slashed)
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(t.Count, k + 6); j++)
            {
                if (t[j].Kind == TextTokenKind.Slashed && HasDen(t, k + 1, j) && Window(t[k].Text, t[j].Text, dateline) is var (from, to))
                {
                    if (to >= from && to.DayNumber - from.DayNumber <= 400
                        && (period is null || (from <= period.To.AddDays(31) && to >= period.From.AddDays(-31))))
                    {
                        return (from, to);
                    }

                    break;
                }
            }
        }

        return null;
    }

    private static bool HasDen(IReadOnlyList<TextToken> t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].Is("den") || t[k].Is("toi"))
            {
                return true;
            }
        }

        return false;
    }

    private static (DateOnly From, DateOnly To)? Window(string fromText, string toText, DateOnly? dateline)
    {
        // "từ 1/7 đến 14/9/2025": the start borrows the end's year; "từ 1/7 đến 30/9" the dateline's.
        var to = Date(toText) ?? (dateline is { } d ? Date(toText + "/" + d.Year.ToString(CultureInfo.InvariantCulture)) : null);
        if (to is not { } end)
        {
            return null;
        }

        var from = Date(fromText) ?? Date(fromText + "/" + end.Year.ToString(CultureInfo.InvariantCulture));
        if (from is { } start && start > end && Date(fromText) is null)
        {
            from = Date(fromText + "/" + (end.Year - 1).ToString(CultureInfo.InvariantCulture));
        }

        return from is { } f ? (f, end) : null;
    }

    private static DateOnly? Date(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y is < 2000 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }
}
