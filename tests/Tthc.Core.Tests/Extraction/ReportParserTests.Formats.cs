using System.Text;
using Tthc.Core.Extraction;

namespace Tthc.Core.Tests.Extraction;

public sealed partial class ReportParserTests
{
    [Fact]
    public void Parse_DocxNamedTxt_DetectedByContent()
    {
        var bytes = OfficeFiles.Docx(OfficeFiles.Paragraph("Tổng số hồ sơ đã tiếp nhận: 120.500 hồ sơ"));

        var report = CreateSut().Parse(new ReportFile("bao-cao.txt", bytes), TestContext.Current.CancellationToken);

        Assert.Equal("docx", report.Format);
        Assert.Equal(120500, report.ValueOf("dossiers.received"));
    }

    [Fact]
    public void Parse_XlsxWithoutExtension_DetectedByContent()
    {
        var bytes = OfficeFiles.Xlsx([[1, "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 5859]]);

        var report = CreateSut().Parse(new ReportFile("upload", bytes), TestContext.Current.CancellationToken);

        Assert.Equal("xlsx", report.Format);
        Assert.Equal(5859, report.ValueOf("dossiers.received"));
    }

    [Fact]
    public void Parse_TextNamedPdf_ReadAsText()
    {
        var report = CreateSut().Parse(new ReportFile("scan.pdf", Encoding.UTF8.GetBytes("Tổng số hồ sơ đã tiếp nhận: 7 hồ sơ")), TestContext.Current.CancellationToken);

        Assert.Equal("text", report.Format);
    }

    [Fact]
    public void Parse_CanonicalCsv_StillReadByTheCanonicalReader()
    {
        var csv = "unit,period,indicator,value\nhai-phong-khuc-thua-du,2026-Q1,dossiers.received,5859\n";

        var report = CreateSut().Parse(new ReportFile("mau.csv", Encoding.UTF8.GetBytes(csv)), TestContext.Current.CancellationToken);

        Assert.Equal("csv", report.Format);
        Assert.Equal(5859, report.ValueOf("dossiers.received"));
    }
}
