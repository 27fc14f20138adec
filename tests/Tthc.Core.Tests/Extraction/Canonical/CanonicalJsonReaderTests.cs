using System.Text;
using Tthc.Core.Extraction;
using Tthc.Core.Extraction.Canonical;
using Tthc.Core.Tests.Support;

namespace Tthc.Core.Tests.Extraction.Canonical;

public sealed class CanonicalJsonReaderTests
{
    [Fact]
    public void Read_TemplateJson_ReadsUnitPeriodAndValues()
    {
        var report = Read("""{"unit": "x", "period": "2024-H1", "values": {"dossiers.received": 5859, "rate.online_dossiers": "99,6"}}""");

        Assert.Equal("x", report.Unit.Code);
        Assert.Equal("2024-H1", report.Period!.Label);
        Assert.Equal(5859m, report.ValueOf("dossiers.received"));
        Assert.Equal(99.6m, report.ValueOf("rate.online_dossiers"));
    }

    [Fact]
    public void Read_FractionalCount_IsAnError()
    {
        var report = Read("""{"unit": "x", "period": "2024-H1", "values": {"dossiers.received": 58.5}}""");

        Assert.True(report.HasErrors);
        Assert.Null(report.ValueOf("dossiers.received"));
    }

    [Fact]
    public void Read_BrokenJson_IsNotAReport()
        => Assert.Throws<InputFormatException>(() => Read("""{"unit": "x", "values": {"""));

    private static ParsedReport Read(string text)
        => new CanonicalJsonReader(TestCatalog.BuiltIn).Read(new ReportFile("r.json", Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);
}
