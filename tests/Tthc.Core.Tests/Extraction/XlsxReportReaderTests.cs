using Tthc.Core.Extraction;
using Tthc.Core.Tests.Support;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Extraction;

public sealed class XlsxReportReaderTests
{
    private static XlsxReportReader CreateSut() => new(TestCatalog.BuiltIn, ExtractionLimits.Default);

    private static ParsedReport Read(byte[] bytes) => CreateSut().Read(new ReportFile("bieu.xlsx", bytes), TestContext.Current.CancellationToken);

    [Fact]
    public void Read_RowPerIndicatorForm_MapsLabelsToCodes()
    {
        var report = Read(OfficeFiles.Xlsx(
        [
            ["UBND THÀNH PHỐ HÀ NỘI"],
            ["UBND XÃ AN KHÁNH"],
            ["BIỂU MẪU THỐNG KÊ KẾT QUẢ KIỂM SOÁT TTHC quý I năm 2026"],
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"],
            [1, "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 5859],
            [2, "Số hồ sơ đã giải quyết", "Hồ sơ", 5700],
            [3, "Tỷ lệ hồ sơ trực tuyến", "%", 99.6],
            [4, "Số PAKN đã tiếp nhận", "PAKN", 3],
            [5, "Số TTHC được công bố trong kỳ", "Thủ tục", 12],
        ]));

        Assert.Equal("xlsx", report.Format);
        Assert.Equal(5859, report.ValueOf("dossiers.received"));
        Assert.Equal(5700, report.ValueOf("dossiers.resolved"));
        Assert.Equal(99.6m, report.ValueOf("rate.online_dossiers"));
        Assert.Equal(3, report.ValueOf("feedback.received"));
        Assert.Equal(12, report.ValueOf("procedures.published"));
        Assert.Equal(5, report.Indicators.Single(v => v.Code == "dossiers.received").Evidence?.Line);
        Assert.Equal(UnitLevel.Commune, report.Unit.Level);
        Assert.Equal("Hà Nội", report.Unit.Province);
        Assert.Equal("2026-Q1", report.Period?.Label);
    }

    [Fact]
    public void Read_RateCells_ReadAsPercentages()
    {
        var report = Read(OfficeFiles.Xlsx(
        [
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"],
            [1, "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", new PercentCell(0.996m)],
            [2, "Tỷ lệ số hóa hồ sơ", null, 98.900000000000006],
        ]));

        Assert.Equal(99.6m, report.ValueOf("rate.resolved_in_time"));
        Assert.Equal(98.9m, report.ValueOf("rate.digitized_dossiers"));
    }

    [Fact]
    public void Read_Form06_TakesGrandTotalRowNotLevelSubtotals()
    {
        var report = Read(OfficeFiles.Xlsx(
            [
                ["Biểu số 06/VPCP/KSTT"],
                ["UBND TỈNH NINH BÌNH"],
                ["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC quý II năm 2026"],
                [],
                ["STT", "Lĩnh vực giải quyết", "Số hồ sơ nhận giải quyết", null, null, null, "Số hồ sơ đã giải quyết", null, null, null, "Số hồ sơ đang giải quyết"],
                [null, null, "Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
                [null, "Tổng cộng", 1000, 800, 150, 50, 900, 600, 280, 20, 100, 90, 10],
                ["I", "Cấp tỉnh (sở, ngành)", 400, 300, 80, 20, 360, 240, 110, 10, 40, 35, 5],
                [1, "Đất đai", 200, 150, 40, 10, 180, 120, 55, 5, 20, 18, 2],
                ["II", "Cấp xã", 600, 500, 70, 30, 540, 360, 170, 10, 60, 55, 5],
            ],
            "C5:F5",
            "G5:J5",
            "K5:M5",
            "A5:A6",
            "B5:B6"));

        var expected = new Dictionary<string, decimal>
        {
            ["dossiers.received"] = 1000,
            ["dossiers.received_online"] = 800,
            ["dossiers.received_direct"] = 150,
            ["dossiers.carried_over"] = 50,
            ["dossiers.resolved"] = 900,
            ["dossiers.resolved_early"] = 600,
            ["dossiers.resolved_on_time"] = 280,
            ["dossiers.resolved_late"] = 20,
            ["dossiers.pending"] = 100,
            ["dossiers.pending_in_time"] = 90,
            ["dossiers.pending_overdue"] = 10,
        };
        Assert.Equal(expected, report.Indicators.Where(v => !v.Derived).ToDictionary(v => v.Code, v => v.Value));
        Assert.Equal(7, report.Indicators.Single(v => v.Code == "dossiers.received").Evidence?.Line);
        Assert.Equal("Ninh Bình", report.Unit.Province);
        Assert.Equal("2026-Q2", report.Period?.Label);
    }

    [Fact]
    public void Read_Form06WithoutGrandTotal_SumsLevelSubtotalsAsDerived()
    {
        var report = Read(OfficeFiles.Xlsx(
            [
                ["STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết", null, "Số hồ sơ đã giải quyết", null, "Số hồ sơ đang giải quyết"],
                [null, null, "Tổng số", "Trực tuyến", "Tổng số", "Quá hạn", "Tổng số"],
                ["I", "Cấp tỉnh", 400, 300, 360, 10, 40],
                ["II", "Cấp xã", 600, 500, 540, 10, 60],
            ],
            "C1:D1",
            "E1:F1"));

        var received = report.Indicators.Single(v => v.Code == "dossiers.received");
        Assert.True(received.Derived);
        Assert.Equal(1000, received.Value);
        Assert.Equal(100, report.ValueOf("dossiers.pending"));
    }
}
