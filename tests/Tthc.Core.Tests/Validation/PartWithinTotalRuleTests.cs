using Tthc.Core.Tests.Support;
using Tthc.Core.Validation;

namespace Tthc.Core.Tests.Validation;

public sealed class PartWithinTotalRuleTests
{
    [Fact]
    public void Check_PartAboveTotal_ReportsErrorNamingBoth()
    {
        var report = TestReports.Create(("dossiers.resolved", 100), ("dossiers.resolved_late", 120));

        var finding = Assert.Single(CreateSut().Check(report, []));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("dossiers.resolved_late ≤ dossiers.resolved", finding.Rule);
        Assert.Equal(["dossiers.resolved_late", "dossiers.resolved"], finding.Codes);
        Assert.Equal(2, finding.Line);
        Assert.Contains("\"Hồ sơ giải quyết quá hạn\" (dossiers.resolved_late) = 120 lớn hơn tổng", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartsWithinTotals_ReportsNothing()
    {
        var report = TestReports.Create(("dossiers.received", 100), ("dossiers.received_online", 100), ("dossiers.received_direct", 0), ("feedback.received", 3), ("feedback.pending", 1));

        Assert.Empty(CreateSut().Check(report, []));
    }

    private static PartWithinTotalRule CreateSut() => new(TestCatalog.BuiltIn.HardIdentities, TestCatalog.BuiltIn);
}
