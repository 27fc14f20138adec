using Tthc.Core.Extraction;
using Tthc.Core.Validation;

namespace Tthc.Core.Periods;

/// <summary>
/// The periods a report may be for (catalog <c>periods</c>): windows of at most <see cref="ReportingPeriod.MaxWindowDays"/>
/// days lying within <see cref="FirstYear"/> … this year + <see cref="YearsAhead"/>. Anything else is a typo or hostile
/// input, and it would otherwise become a partition the nightly rollup has to live with.
/// </summary>
/// <param name="FirstYear">The first calendar year a period may belong to.</param>
/// <param name="YearsAhead">How many years after the current one a period may belong to.</param>
public sealed record PeriodBounds(int FirstYear, int YearsAhead)
{
    /// <summary>2015 … next year.</summary>
    public static PeriodBounds Default { get; } = new(2015, 1);

    /// <summary>The earliest day a window may start: the official window of <see cref="FirstYear"/>'s first month (15 December before it).</summary>
    public DateOnly EarliestStart => new(FirstYear - 1, 12, 15);

    /// <summary>The last day a window may end, seen on <paramref name="today"/>.</summary>
    public DateOnly LatestEnd(DateOnly today) => new(today.Year + YearsAhead, 12, 31);

    /// <summary>Whether <paramref name="period"/> is allowed on <paramref name="today"/>.</summary>
    public bool Contains(ReportingPeriod period, DateOnly today)
        => period.From >= EarliestStart && period.To <= LatestEnd(today) && period.WindowDays <= ReportingPeriod.MaxWindowDays;

    /// <summary>An error naming the file and the period when <paramref name="report"/>'s period is not allowed on <paramref name="today"/>; null when it is (or when there is none).</summary>
    public Finding? Check(ParsedReport report, DateOnly today)
    {
        if (report.Period is not { } period || Contains(period, today))
        {
            return null;
        }

        var last = LatestEnd(today).Year;
        return Finding.Error(
            "period.range",
            $"{report.File}: kỳ báo cáo {period.Label} ({period.From:dd/MM/yyyy}–{period.To:dd/MM/yyyy}) phải nằm trong các năm {FirstYear}–{last} và dài không quá {ReportingPeriod.MaxWindowDays} ngày"
            + $" / the period {period.Label} must lie within {FirstYear}–{last} and span at most {ReportingPeriod.MaxWindowDays} days.");
    }
}
