using Tthc.Core.Extraction;
using Tthc.Core.Ocr;
using Tthc.Core.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Tthc.Core.Tests.Extraction;

public sealed class PdfReportReaderTests
{
    private static PdfReportReader CreateSut() => new(TestCatalog.BuiltIn, ExtractionLimits.Default);

    private static byte[] Pdf(params string[] lines)
    {
        // Standard fonts cannot encode Vietnamese letters: the text is ASCII, as OCR'd reports often are.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= 16;
        }

        return builder.Build();
    }

    [Fact]
    public void Read_PdfWithTextLayer_GroupsWordsIntoLines()
    {
        var bytes = Pdf(
            "UBND TINH HA TINH",
            "BAO CAO tinh hinh giai quyet TTHC thang 02 nam 2024",
            "- Tong so ho so da tiep nhan: 2.705 ho so",
            "- Ty le ho so truc tuyen dat 87,44%");
        var file = new ReportFile("bao-cao.pdf", bytes);

        var report = CreateSut().Read(file, TestContext.Current.CancellationToken);

        Assert.True(CreateSut().CanRead(file));
        Assert.Equal("pdf", report.Format);
        Assert.Equal(2705, report.ValueOf("dossiers.received"));
        Assert.Equal(87.44m, report.ValueOf("rate.online_dossiers"));
        Assert.Equal("- Tong so ho so da tiep nhan: 2.705 ho so", report.Indicators.Single(v => v.Code == "dossiers.received").Evidence?.Text);
        Assert.Equal("Hà Tĩnh", report.Unit.Province);
        Assert.Equal("2024-02", report.Period?.Label);
    }

    [Fact]
    public async Task ReadAsync_ScanWithoutOcrEngine_SaysItNeedsOcr()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600);
        var file = new ReportFile("scan.pdf", builder.Build());

        var ex = await Assert.ThrowsAsync<OcrUnavailableException>(() => CreateSut().ReadAsync(file, TestContext.Current.CancellationToken));

        Assert.Contains("bản quét", ex.Message, StringComparison.Ordinal);
        Assert.Contains("need OCR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextPdf_EvidenceHasPageAndLineWithinIt()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("UBND TINH HA TINH", 11, new PdfPoint(50, 800), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("BAO CAO thang 02 nam 2024", 11, new PdfPoint(50, 800), font);
        second.AddText("- Tong so ho so da tiep nhan: 2.705 ho so", 11, new PdfPoint(50, 784), font);

        var report = CreateSut().Read(new ReportFile("bao-cao.pdf", builder.Build()), TestContext.Current.CancellationToken);

        var evidence = report.Indicators.Single(v => v.Code == "dossiers.received").Evidence!;
        Assert.Equal((2, 2), (evidence.Page, evidence.Line));
        Assert.Equal("trang 2, dòng 2", evidence.Location);
    }

    [Fact]
    public void Read_TruncatedPdf_RejectedClearly()
    {
        var bytes = Pdf("Tong so ho so da tiep nhan: 1 ho so")[..200];

        Assert.Throws<InputFormatException>(() => CreateSut().Read(new ReportFile("broken.pdf", bytes), TestContext.Current.CancellationToken));
    }
}
