using System.Text;
using Tthc.Core.Extraction;
using Tthc.Core.Tests.Support;

namespace Tthc.Core.Tests.Extraction;

/// <summary>A parse result keeps the document's lines, numbered as its evidence numbers them (the web app shows them).</summary>
public sealed class ParsedReportLinesTests
{
    private static ReportParser CreateSut() => ReportParser.CreateDefault(TestCatalog.BuiltIn);

    [Fact]
    public void Parse_TextReport_LinesAreTheFileLines_AndEachEvidenceIsItsLine()
    {
        const string text = "UBND TỈNH NGHỆ AN\nBáo cáo quý II năm 2026\n\nTổng số hồ sơ tiếp nhận: 1.234 hồ sơ\n";

        var report = CreateSut().Parse(new ReportFile("r.txt", Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

        Assert.Equal(text.Split('\n'), report.Lines.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, 5), report.Lines.Select(l => l.Number));
        var value = Assert.Single(report.Indicators, v => v.Code == "dossiers.received");
        Assert.Equal(value.Evidence!.Text, report.Lines.Single(l => l.Number == value.Evidence.Line).Text);
    }

    [Fact]
    public void Parse_Docx_LinesAreParagraphsAndTableRows()
    {
        var bytes = OfficeFiles.Docx(
            OfficeFiles.Paragraph("UBND TỈNH NGHỆ AN"),
            OfficeFiles.Table(["Chỉ tiêu", "Số liệu"], ["Tổng số hồ sơ tiếp nhận", "1.234"]));

        var report = CreateSut().Parse(new ReportFile("r.docx", bytes), TestContext.Current.CancellationToken);

        Assert.Equal(["UBND TỈNH NGHỆ AN", "Chỉ tiêu | Số liệu", "Tổng số hồ sơ tiếp nhận | 1.234"], report.Lines.Select(l => l.Text));
        Assert.True(report.Lines[2].IsTableRow);
    }

    [Fact]
    public void Parse_CanonicalCsv_LinesAreTheCsvLines()
    {
        const string csv = "unit,period,indicator,value\r\nxa-a,2026-Q1,dossiers.received,5859\r\n";

        var report = CreateSut().Parse(new ReportFile("r.csv", Encoding.UTF8.GetBytes(csv)), TestContext.Current.CancellationToken);

        Assert.Equal("xa-a,2026-Q1,dossiers.received,5859", report.Lines.Single(l => l.Number == 2).Text);
        Assert.Equal(2, Assert.Single(report.Indicators).Evidence!.Line);
    }
}
