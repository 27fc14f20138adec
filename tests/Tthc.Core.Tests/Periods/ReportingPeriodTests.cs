using Tthc.Core.Periods;

namespace Tthc.Core.Tests.Periods;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2024-02", "2024-01-15", "2024-02-14")]
    [InlineData("2025-Q3", "2025-06-15", "2025-09-14")]
    [InlineData("2024-H1", "2023-12-15", "2024-06-14")]
    [InlineData("2025", "2024-12-15", "2025-12-14")]
    [InlineData("2025-12-15..2026-04-02", "2025-12-15", "2026-04-02")]
    public void Parse_Code_GivesOfficialWindow(string code, string from, string to)
    {
        var period = ReportingPeriod.Parse(code);

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
        Assert.Equal(code, period.Label);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2025-Q5")]
    [InlineData("Q3 2025")]
    [InlineData("2026-04-02..2025-12-15")]
    [InlineData("0001-01-01..9999-12-31")]
    [InlineData("2024-01-01..2025-01-02")]
    [InlineData("1999")]
    [InlineData("")]
    public void TryParse_NotAPeriod_ReturnsFalse(string code) => Assert.False(ReportingPeriod.TryParse(code, out _));

    [Fact]
    public void TryParse_WindowOfALeapYear_IsAPeriod()
        => Assert.Equal(366, ReportingPeriod.Parse("2023-12-15..2024-12-14").WindowDays);

    [Fact]
    public void WithStatedWindow_LongerThanAYear_KeepsTheOfficialWindow()
    {
        var official = ReportingPeriod.Quarter(2025, 3);

        Assert.Same(official, official.WithStatedWindow(new DateOnly(2001, 1, 1), new DateOnly(2099, 12, 31)));
    }
}
