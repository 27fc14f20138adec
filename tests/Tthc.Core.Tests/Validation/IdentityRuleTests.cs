using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Tests.Support;
using Tthc.Core.Validation;

namespace Tthc.Core.Tests.Validation;

public sealed class IdentityRuleTests
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, decimal>> NoHistory = [];

    public static TheoryData<string, string> WrongTotals => new()
    {
        { "dossiers.received", "dossiers.received=267922; dossiers.carried_over=1730; dossiers.received_online=240427; dossiers.received_direct=26765" },
        { "dossiers.resolved", "dossiers.resolved=1000; dossiers.resolved_early=500; dossiers.resolved_on_time=400; dossiers.resolved_late=50; dossiers.rejected=10" },
        { "dossiers.resolved_in_time", "dossiers.resolved_in_time=900; dossiers.resolved_early=500; dossiers.resolved_on_time=401" },
        { "dossiers.pending", "dossiers.pending=9848; dossiers.pending_in_time=9265; dossiers.pending_overdue=584" },
        { "feedback.received", "feedback.received=70; feedback.resolved=45; feedback.pending=24" },
        { "procedures.total", "procedures.total=1907; procedures.province_level=1501; procedures.district_level=277; procedures.commune_level=130" },
    };

    public static TheoryData<string> ConsistentReports => new()
    {
        "dossiers.received=267922; dossiers.carried_over=1730; dossiers.received_online=240427; dossiers.received_direct=25765",
        "dossiers.resolved=1000; dossiers.resolved_early=500; dossiers.resolved_on_time=400; dossiers.resolved_late=50; dossiers.rejected=30; dossiers.withdrawn=20",
        "dossiers.resolved=1133; dossiers.resolved_in_time=1133; dossiers.resolved_late=0",
        "dossiers.resolved_in_time=900; dossiers.resolved_early=500; dossiers.resolved_on_time=400",
        "dossiers.pending=9848; dossiers.pending_in_time=9265; dossiers.pending_overdue=583",
        "feedback.received=70; feedback.resolved=45; feedback.pending=25",
        "procedures.total=1907; procedures.province_level=1501; procedures.district_level=277; procedures.commune_level=129",
    };

    public static TheoryData<string> IncompleteReports => new()
    {
        "dossiers.received=267922; dossiers.received_online=240427; dossiers.received_direct=25765",
        "dossiers.carried_over=1730; dossiers.received_online=240427; dossiers.received_direct=25765",
        "dossiers.resolved=246821; dossiers.resolved_on_time=200000; dossiers.resolved_late=2126",
        "dossiers.resolved=1000; dossiers.resolved_in_time=900",
        "dossiers.pending=150",
        "feedback.received=70; feedback.resolved=45",
        "procedures.total=2273; procedures.province_level=1839; procedures.commune_level=400",
    };

    [Theory]
    [MemberData(nameof(WrongTotals))]
    public void Check_WrongTotal_ReportsErrorNamingTotal(string total, string values)
    {
        var report = TestReports.Parse(values);

        var findings = TestCatalog.BuiltIn.HardIdentities.SelectMany(i => CreateSut(i).Check(report, NoHistory)).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(total, finding.Codes[0]);
        Assert.StartsWith(total, finding.Rule, StringComparison.Ordinal);
        Assert.Contains($"\"{TestCatalog.BuiltIn[total].Label}\" ({total})", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void Check_ReceivedOffByOneThousand_WritesVietnameseAndEnglishMessage()
    {
        var report = TestReports.Create(
            "hung-yen-2025-q3.txt",
            ReportingPeriod.Quarter(2025, 3),
            [KeyValuePair.Create("dossiers.carried_over", 1_730m), KeyValuePair.Create("dossiers.received_online", 240_427m), KeyValuePair.Create("dossiers.received_direct", 25_765m), KeyValuePair.Create("dossiers.received", 267_922m - 1_000m)]);

        var finding = Assert.Single(CreateSut(TestCatalog.BuiltIn.HardIdentities[0]).Check(report, NoHistory));

        Assert.Equal(
            "hung-yen-2025-q3.txt, dòng 4: \"Tổng số hồ sơ tiếp nhận\" (dossiers.received) = 266.922 ≠ 1.730 + 240.427 + 25.765 = 267.922 (chênh 1.000)"
            + " / received ≠ carried_over + received_online + received_direct (difference 1,000)",
            finding.Message);
        Assert.Equal(4, finding.Line);
        Assert.Equal(["dossiers.received", "dossiers.carried_over", "dossiers.received_online", "dossiers.received_direct"], finding.Codes);
    }

    [Theory]
    [MemberData(nameof(ConsistentReports))]
    public void Check_ConsistentInput_ReportsNothing(string values)
    {
        var report = TestReports.Parse(values);

        Assert.Empty(TestCatalog.BuiltIn.HardIdentities.SelectMany(i => CreateSut(i).Check(report, NoHistory)));
    }

    [Theory]
    [MemberData(nameof(IncompleteReports))]
    public void Check_MissingTerm_ReportsNothing(string values)
    {
        var report = TestReports.Parse(values);

        Assert.Empty(TestCatalog.BuiltIn.HardIdentities.SelectMany(i => CreateSut(i).Check(report, NoHistory)));
    }

    [Fact]
    public void Check_ResolvedWithInTimeAndAbsentRejected_CountsAbsentAsZero()
    {
        var report = TestReports.Create(("dossiers.resolved", 1_200), ("dossiers.resolved_in_time", 1_133), ("dossiers.resolved_late", 0));

        var finding = Assert.Single(CreateSut(TestCatalog.BuiltIn.HardIdentities[1]).Check(report, NoHistory));

        Assert.Contains("1.200 ≠ 1.133 + 0 = 1.133 (chênh 67)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProceduresWithoutDistrictAfterReform_ChecksProvinceAndCommune()
    {
        var procedures = new[] { KeyValuePair.Create("procedures.total", 2_273m), KeyValuePair.Create("procedures.province_level", 1_839m), KeyValuePair.Create("procedures.commune_level", 400m) };
        var after = TestReports.Create("a.txt", ReportingPeriod.Quarter(2025, 3), procedures);
        var before = TestReports.Create("b.txt", ReportingPeriod.Quarter(2025, 2), procedures);
        var sut = CreateSut(TestCatalog.BuiltIn.HardIdentities.Single(i => i.Total == "procedures.total"));

        Assert.Single(sut.Check(after, NoHistory));
        Assert.Empty(sut.Check(before, NoHistory));
    }

    [Fact]
    public void Check_SoftBalanceOff_IsWarning()
    {
        var report = TestReports.Create(("dossiers.received", 2_705), ("dossiers.resolved", 1_133), ("dossiers.pending", 150), ("dossiers.returned", 8));

        var finding = Assert.Single(CreateSut(TestCatalog.BuiltIn.SoftIdentities[0]).Check(report, NoHistory));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("2.705 ≠ 1.133 + 150 + 8 = 1.291 (chênh 1.414)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SoftBalanceWithReturnedAndSupplement_ReportsNothing()
    {
        var report = TestReports.Create(("dossiers.received", 2_705), ("dossiers.resolved", 1_133), ("dossiers.pending", 150), ("dossiers.returned", 8), ("dossiers.supplement_requested", 1_414));

        Assert.Empty(CreateSut(TestCatalog.BuiltIn.SoftIdentities[0]).Check(report, NoHistory));
    }

    private static IdentityRule CreateSut(Identity identity) => new(identity, TestCatalog.BuiltIn);
}
