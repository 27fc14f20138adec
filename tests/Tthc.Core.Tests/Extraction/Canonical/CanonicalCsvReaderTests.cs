using System.Text;
using Tthc.Core.Extraction;
using Tthc.Core.Extraction.Canonical;
using Tthc.Core.Tests.Support;
using Tthc.Core.Validation;

namespace Tthc.Core.Tests.Extraction.Canonical;

public sealed class CanonicalCsvReaderTests
{
    [Fact]
    public void Read_VietnameseAndPlainNotation_ReadsByIndicatorKind()
    {
        var report = Read("unit,period,indicator,value\nx,2026-Q1,dossiers.received,5.859\nx,2026-Q1,rate.online_dossiers,\"99,6\"\nx,2026-Q1,dossiers.pending,1234\nx,2026-Q1,rate.satisfaction,97.5\n");

        Assert.Equal(5859m, report.ValueOf("dossiers.received"));
        Assert.Equal(99.6m, report.ValueOf("rate.online_dossiers"));
        Assert.Equal(1234m, report.ValueOf("dossiers.pending"));
        Assert.Equal(97.5m, report.ValueOf("rate.satisfaction"));
        Assert.Equal("x", report.Unit.Code);
        Assert.Equal("2026-Q1", report.Period!.Label);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Read_EachValue_HasEvidenceLine()
    {
        var report = Read("unit,period,indicator,value\nx,2026-Q1,dossiers.received,10\nx,2026-Q1,dossiers.pending,2\n");

        var pending = report.Indicators.Single(i => i.Code == "dossiers.pending");
        Assert.Equal(3, pending.Evidence!.Line);
        Assert.Equal("x,2026-Q1,dossiers.pending,2", pending.Evidence.Text);
        Assert.False(pending.Derived);
    }

    [Theory]
    [InlineData("dossiers.received,12,5", "dossiers.received")]
    [InlineData("dossiers.unknown,12", "dossiers.unknown")]
    [InlineData("rate.online_dossiers,abc", "rate.online_dossiers")]
    public void Read_BadRow_GivesErrorNamingFileIndicatorAndLine(string row, string code)
    {
        var report = Read($"unit,period,indicator,value\nx,2026-Q1,dossiers.pending,2\nx,2026-Q1,{row}\n");

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(3, finding.Line);
        Assert.Equal([code], finding.Codes);
        Assert.Contains("r.csv", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoUnitsInOneFile_IsNotAReport()
    {
        var ex = Assert.Throws<InputFormatException>(() => Read("unit,period,indicator,value\nx,2026-Q1,dossiers.pending,2\ny,2026-Q1,dossiers.pending,3\n"));

        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void CanRead_OtherCsv_IsFalse()
        => Assert.False(new CanonicalCsvReader(TestCatalog.BuiltIn).CanRead(new ReportFile("r.csv", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n"))));

    private static ParsedReport Read(string text)
        => new CanonicalCsvReader(TestCatalog.BuiltIn).Read(new ReportFile("r.csv", Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);
}
