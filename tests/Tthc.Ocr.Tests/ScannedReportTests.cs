using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.SyntheticScans;

namespace Tthc.Ocr.Tests;

public sealed class ScannedReportTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalogFile.ReadBuiltIn();

    private static readonly string[] Report =
    [
        "UBND HUYỆN CẨM XUYÊN",
        "BÁO CÁO",
        "Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính tháng 02 năm 2024",
        string.Empty,
        "Kính gửi: Văn phòng UBND tỉnh Hà Tĩnh",
        string.Empty,
        "1. Kết quả giải quyết hồ sơ thủ tục hành chính",
        "- Tổng số hồ sơ đã tiếp nhận: 2.705 hồ sơ; trong đó tiếp nhận trực tuyến 2.365 hồ sơ.",
        "- Số hồ sơ đã giải quyết: 2.614 hồ sơ; trong đó giải quyết đúng hạn 2.600 hồ sơ, quá hạn 14 hồ sơ.",
        "- Số hồ sơ đang giải quyết: 91 hồ sơ.",
        "- Tỷ lệ hồ sơ trực tuyến đạt 87,44%.",
    ];

    [Fact]
    public async Task ParseAsync_ScannedPdf_ReadsValuesWithPageAndLineEvidence()
    {
        LocalOcr.Require();
        using var renderer = new ScanRenderer(new ScanStyle());
        var pdf = renderer.RenderPdf(Report);

        var report = await LocalOcr.Parser(Catalog).ParseAsync(new ReportFile("scan.pdf", pdf), TestContext.Current.CancellationToken);

        Assert.Equal(PdfReportReader.OcrFormat, report.Format);
        Assert.Equal(2705, report.ValueOf("dossiers.received"));
        Assert.Equal(2365, report.ValueOf("dossiers.received_online"));
        Assert.Equal(91, report.ValueOf("dossiers.pending"));
        Assert.Equal(87.44m, report.ValueOf("rate.online_dossiers"));
        Assert.Equal("2024-02", report.Period?.Label);
        var evidence = report.Indicators.Single(v => v.Code == "dossiers.received").Evidence!;
        Assert.Equal(1, evidence.Page);
        Assert.Contains("2.705", evidence.Text, StringComparison.Ordinal);
        Assert.InRange(evidence.Line, 5, 9); // OCR numbers the lines it sees: blank lines are not lines, a long title may wrap
        Assert.StartsWith($"trang 1, dòng {evidence.Line}", evidence.Location, StringComparison.Ordinal);
    }
}
