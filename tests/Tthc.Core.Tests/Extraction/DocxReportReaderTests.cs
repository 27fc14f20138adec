using Tthc.Core.Extraction;
using Tthc.Core.Tests.Support;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Extraction;

public sealed class DocxReportReaderTests
{
    private static DocxReportReader CreateSut() => new(TestCatalog.BuiltIn, ExtractionLimits.Default);

    [Fact]
    public void Read_ParagraphsAndTable_ReadsValuesWithRowEvidence()
    {
        var bytes = OfficeFiles.Docx(
            OfficeFiles.Paragraph("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"),
            OfficeFiles.Paragraph("BÁO CÁO kết quả thực hiện cải cách TTHC quý II năm 2026"),
            OfficeFiles.Paragraph("- Tổng số hồ sơ đã tiếp nhận: 120.500 hồ sơ; trong đó: trực tuyến 110.000 hồ sơ."),
            OfficeFiles.Table(
                ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"],
                ["1", "Số hồ sơ đã giải quyết", "Hồ sơ", "118.000"],
                ["2", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", "96,5"]));
        var file = new ReportFile("bao-cao.docx", bytes);

        var report = CreateSut().Read(file, TestContext.Current.CancellationToken);

        Assert.True(CreateSut().CanRead(file));
        Assert.Equal("docx", report.Format);
        Assert.Equal(120500, report.ValueOf("dossiers.received"));
        Assert.Equal(110000, report.ValueOf("dossiers.received_online"));
        Assert.Equal(118000, report.ValueOf("dossiers.resolved"));
        Assert.Equal(96.5m, report.ValueOf("rate.digitized_dossiers"));
        Assert.Equal("1 | Số hồ sơ đã giải quyết | Hồ sơ | 118.000", report.Indicators.Single(v => v.Code == "dossiers.resolved").Evidence?.Text);
        Assert.Equal(UnitLevel.Province, report.Unit.Level);
        Assert.Equal("Nghệ An", report.Unit.Province);
        Assert.Equal("2026-Q2", report.Period?.Label);
    }

    [Fact]
    public void Read_TableNestedWithinLimit_ReadsInnerRow()
    {
        var bytes = OfficeFiles.Docx(OfficeFiles.Nested(3, "Tổng số hồ sơ đã tiếp nhận: 4.321 hồ sơ"));

        var report = CreateSut().Read(new ReportFile("nested.docx", bytes), TestContext.Current.CancellationToken);

        Assert.Equal(4321, report.ValueOf("dossiers.received"));
    }

    [Fact]
    public void Read_TablesNestedTooDeep_RejectedClearly()
    {
        var bytes = OfficeFiles.Docx(OfficeFiles.Nested(120, "Tổng số hồ sơ đã tiếp nhận: 1 hồ sơ"));

        var ex = Assert.Throws<InputFormatException>(() => CreateSut().Read(new ReportFile("deep.docx", bytes), TestContext.Current.CancellationToken));

        Assert.Contains("lồng quá sâu", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanRead_PlainText_IsFalse()
        => Assert.False(CreateSut().CanRead(new ReportFile("a.docx", "Tổng số hồ sơ"u8.ToArray())));
}
