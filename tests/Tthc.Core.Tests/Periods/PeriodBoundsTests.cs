using Tthc.Core.Periods;
using Tthc.Core.Tests.Support;

namespace Tthc.Core.Tests.Periods;

public sealed class PeriodBoundsTests
{
    private static readonly DateOnly Today = new(2026, 4, 16);

    [Theory]
    [InlineData("2015")]
    [InlineData("2026-Q1")]
    [InlineData("2027-H2")]
    [InlineData("2025-12-15..2026-04-02")]
    public void Check_PeriodWithin2015ToNextYear_IsSilent(string code)
        => Assert.Null(PeriodBounds.Default.Check(TestReports.Create("r.csv", ReportingPeriod.Parse(code), []), Today));

    [Theory]
    [InlineData("2014-06")]
    [InlineData("2028")]
    [InlineData("2000-01-01..2000-12-31")]
    public void Check_PeriodOutsideTheYears_IsAnErrorNamingFileAndPeriod(string code)
    {
        var finding = PeriodBounds.Default.Check(TestReports.Create("r.csv", ReportingPeriod.Parse(code), []), Today);

        Assert.NotNull(finding);
        Assert.Equal("period.range", finding.Rule);
        Assert.Contains("r.csv", finding.Message, StringComparison.Ordinal);
        Assert.Contains(code, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInCatalog_DeclaresTheBounds() => Assert.Equal(new PeriodBounds(2015, 1), TestCatalog.BuiltIn.Periods);
}
