using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Tthc.Core.Periods;

/// <summary>
/// A reporting period with its data window. The official window (Decree 09/2019/NĐ-CP, art. 12) runs
/// from the 15th of the month before the period to the 14th of its last month; a report's own stated
/// window replaces it when there is one (<see cref="Stated"/>).
/// </summary>
public sealed partial record ReportingPeriod
{
    private ReportingPeriod(PeriodKind kind, int year, int? index, DateOnly from, DateOnly to, bool stated)
    {
        Kind = kind;
        Year = year;
        Index = index;
        From = from;
        To = to;
        Stated = stated;
    }

    /// <summary>Month, quarter, half, year or custom.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The calendar year the period belongs to (the end's year for a custom window).</summary>
    public int Year { get; }

    /// <summary>Month, quarter or half number; null for a year or a custom window.</summary>
    public int? Index { get; }

    /// <summary>The longest window a period may have: a year (the official year window of a leap year has 366 days).</summary>
    public const int MaxWindowDays = 366;

    /// <summary>The earliest and latest calendar years a period code may name.</summary>
    private const int MinYear = 2000, MaxYear = 2100;

    /// <summary>First day of the data window.</summary>
    public DateOnly From { get; }

    /// <summary>Last day of the data window.</summary>
    public DateOnly To { get; }

    /// <summary>True when the window was stated by the report rather than the official one.</summary>
    public bool Stated { get; }

    /// <summary>The period code of CONTRACTS.md: <c>2024-02</c>, <c>2025-Q3</c>, <c>2024-H1</c>, <c>2025</c> or <c>from..to</c>.</summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}"),
    };

    /// <summary>Days in the data window, both ends included.</summary>
    public int WindowDays => To.DayNumber - From.DayNumber + 1;

    /// <summary>The last day of the period as a calendar period (used for the hierarchy in force).</summary>
    public DateOnly End => To;

    /// <summary>A month with its official window.</summary>
    public static ReportingPeriod Month(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Official(PeriodKind.Month, year, month, new DateOnly(year, month, 1), new DateOnly(year, month, 1));
    }

    /// <summary>A quarter with its official window.</summary>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return Official(PeriodKind.Quarter, year, quarter, first, first.AddMonths(2));
    }

    /// <summary>A half-year with its official window.</summary>
    public static ReportingPeriod Half(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        var first = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return Official(PeriodKind.Half, year, half, first, first.AddMonths(5));
    }

    /// <summary>A year with its official window.</summary>
    public static ReportingPeriod FullYear(int year)
        => Official(PeriodKind.Year, year, null, new DateOnly(year, 1, 1), new DateOnly(year, 12, 1));

    /// <summary>A custom window: at most <see cref="MaxWindowDays"/> days, within the years 2000 … 2100.</summary>
    public static ReportingPeriod Custom(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        if (!IsPlausibleWindow(from, to))
        {
            throw new ArgumentException($"The window {from:yyyy-MM-dd}..{to:yyyy-MM-dd} is longer than {MaxWindowDays} days or outside {MinYear}–{MaxYear}.", nameof(to));
        }

        return new(PeriodKind.Custom, to.Year, null, from, to, stated: true);
    }

    /// <summary>The same period with the window the report states (ignored when it is not a plausible window).</summary>
    public ReportingPeriod WithStatedWindow(DateOnly from, DateOnly to)
        => to < from || !IsPlausibleWindow(from, to) ? this : new(Kind, Year, Index, from, to, stated: true);

    /// <summary>Parses a period code of CONTRACTS.md.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = CodePattern().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        var inv = CultureInfo.InvariantCulture;
        try
        {
            if (m.Groups["from"].Success)
            {
                period = Custom(DateOnly.ParseExact(m.Groups["from"].Value, "yyyy-MM-dd", inv), DateOnly.ParseExact(m.Groups["to"].Value, "yyyy-MM-dd", inv));
                return true;
            }

            var year = int.Parse(m.Groups["year"].Value, inv);
            if (year is < MinYear or > MaxYear)
            {
                return false;
            }

            period = m.Groups["month"].Success ? Month(year, int.Parse(m.Groups["month"].Value, inv))
                : m.Groups["quarter"].Success ? Quarter(year, int.Parse(m.Groups["quarter"].Value, inv))
                : m.Groups["half"].Success ? Half(year, int.Parse(m.Groups["half"].Value, inv))
                : FullYear(year);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return false;
        }
    }

    /// <summary>Parses a period code or throws <see cref="FormatException"/>.</summary>
    public static ReportingPeriod Parse(string text)
        => TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period (2024-02, 2025-Q3, 2024-H1, 2025 or 2025-12-15..2026-04-02).");

    /// <inheritdoc />
    public override string ToString() => Label;

    /// <summary>Whether <paramref name="from"/>..<paramref name="to"/> can be a period's window: in order, at most <see cref="MaxWindowDays"/> days, within the years 2000 … 2100.</summary>
    public static bool IsPlausibleWindow(DateOnly from, DateOnly to)
        => from <= to && from.Year >= MinYear && to.Year <= MaxYear && to.DayNumber - from.DayNumber + 1 <= MaxWindowDays;

    private static ReportingPeriod Official(PeriodKind kind, int year, int? index, DateOnly firstMonth, DateOnly lastMonth)
        => new(kind, year, index, new DateOnly(firstMonth.Year, firstMonth.Month, 15).AddMonths(-1), new DateOnly(lastMonth.Year, lastMonth.Month, 14), stated: false);

    [GeneratedRegex(@"^(?:(?<from>\d{4}-\d{2}-\d{2})\.\.(?<to>\d{4}-\d{2}-\d{2})|(?<year>\d{4})(?:-(?:(?<month>\d{2})|Q(?<quarter>[1-4])|H(?<half>[12])))?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();
}
