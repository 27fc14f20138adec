using Tthc.Core.Tests.Support;
using Tthc.Core.Validation;

namespace Tthc.Core.Tests.Validation;

public sealed class OutlierRuleTests
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, decimal>> History =
    [
        new Dictionary<string, decimal> { ["dossiers.received"] = 5_000, ["rate.online_dossiers"] = 97.5m },
        new Dictionary<string, decimal> { ["dossiers.received"] = 5_400, ["rate.online_dossiers"] = 98.1m },
        new Dictionary<string, decimal> { ["dossiers.received"] = 5_200, ["rate.online_dossiers"] = 98.9m },
        new Dictionary<string, decimal> { ["dossiers.received"] = 5_600 },
    ];

    [Fact]
    public void Check_TwentyFoldJump_ReportsWarning()
    {
        var report = TestReports.Create(("dossiers.received", 106_000));

        var finding = Assert.Single(CreateSut().Check(report, History));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["dossiers.received"], finding.Codes);
        Assert.Contains("= 106.000 khác xa các kỳ trước của đơn vị (trung vị 5.300 của 4 kỳ, bằng 20 lần trung vị)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("20× the median", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dossiers.received", 6_095)]
    [InlineData("dossiers.received", 4_500)]
    [InlineData("dossiers.received", 9_500)]
    [InlineData("rate.online_dossiers", 90.3)]
    public void Check_OrdinaryChange_ReportsNothing(string code, decimal value)
    {
        var report = TestReports.Create((code, value));

        Assert.Empty(CreateSut().Check(report, History));
    }

    [Fact]
    public void Check_RateMissingItsDecimalComma_ReportsWarning()
    {
        var report = TestReports.Create(("rate.online_dossiers", 9.89m));

        Assert.Single(CreateSut().Check(report, History));
    }

    [Fact]
    public void Check_FewerThanThreeEarlierValues_ReportsNothing()
    {
        var report = TestReports.Create(("dossiers.received", 106_000));

        Assert.Empty(CreateSut().Check(report, [.. History.Take(2)]));
    }

    private static OutlierRule CreateSut() => new(TestCatalog.BuiltIn);
}
