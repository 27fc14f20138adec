using System.Text;
using Tthc.Core.Extraction;
using Tthc.Core.Periods;
using Tthc.Core.Tests.Support;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Extraction;

public sealed partial class TextReportReaderTests
{
    private static TextReportReader CreateSut() => new(TestCatalog.BuiltIn, ExtractionLimits.Default);

    private static ParsedReport Read(string text, string name = "report.txt")
        => CreateSut().Read(new ReportFile(name, Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

    private static void AssertValues(ParsedReport report, params (string Code, double Value)[] expected)
    {
        foreach (var (code, value) in expected)
        {
            Assert.True(report.ValueOf(code) == (decimal)value, $"{code}: expected {value}, read {report.ValueOf(code)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
        }

        var extra = report.Indicators.Where(v => !v.Derived && !expected.Any(e => e.Code == v.Code)).Select(v => $"{v.Code}={v.Value}").ToList();
        Assert.True(extra.Count == 0, "not expected: " + string.Join(", ", extra));
    }

    [Fact]
    public void Read_NewsStyleSummary_ReadsWholeUnitValues()
    {
        var report = Read("""
            Trong quý I năm 2026, Trung tâm Phục vụ hành chính công tỉnh Ninh Bình đã tiếp nhận 45.210 hồ sơ, trong đó 41.002 hồ sơ trực tuyến; đã giải quyết 43.118 hồ sơ, đạt tỷ lệ đúng hạn 98,7%. Tỷ lệ số hóa hồ sơ đạt 92,4%.
            """);

        AssertValues(report, ("dossiers.received", 45210), ("dossiers.received_online", 41002), ("dossiers.resolved", 43118), ("rate.resolved_in_time", 98.7), ("rate.digitized_dossiers", 92.4));
        Assert.Equal("Ninh Bình", report.Unit.Province);
        Assert.Equal("2026-Q1", report.Period?.Label);
    }

    [Fact]
    public void Read_TableLikeLayout_ReadsRowPerIndicator()
    {
        var report = Read("""
            UBND TỈNH LÀO CAI
            BÁO CÁO kết quả kiểm soát TTHC 6 tháng đầu năm 2025
            STT | Chỉ tiêu | Đơn vị tính | Kết quả
            1 | Tổng số hồ sơ tiếp nhận | Hồ sơ | 5.859
            2 | Số hồ sơ tiếp nhận trực tuyến | Hồ sơ | 5.100
            3 | Số hồ sơ đã giải quyết | Hồ sơ | 5.700
            4 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 99,6
            5 | Số PAKN đã tiếp nhận | PAKN | 3
            """);

        AssertValues(report, ("dossiers.received", 5859), ("dossiers.received_online", 5100), ("dossiers.resolved", 5700), ("rate.resolved_in_time", 99.6), ("feedback.received", 3));
        Assert.Equal(UnitLevel.Province, report.Unit.Level);
        Assert.Equal("Lào Cai", report.Unit.Province);
        Assert.Equal("2025-H1", report.Period?.Label);
    }

    [Fact]
    public void Read_CommuneReport_ReadsUnitStatedWindowAndIndex()
    {
        var report = Read("""
            UBND XÃ KHÚC THỪA DỤ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            BÁO CÁO
            Kết quả thực hiện công tác kiểm soát TTHC quý I năm 2026
            (Số liệu tính từ ngày 15/12/2025 đến hết ngày 14/3/2026)
            Kính gửi: UBND thành phố Hải Phòng

            1. Tiếp nhận hồ sơ: tổng số 1.250 hồ sơ (từ kỳ trước chuyển sang 50 hồ sơ; tiếp nhận trực tuyến 1.000 hồ sơ; trực tiếp 200 hồ sơ).
            2. Kết quả giải quyết: đã giải quyết 1.180 hồ sơ, trong đó trước hạn 900, đúng hạn 270, quá hạn 10; đang giải quyết 70 hồ sơ.
            3. Tỷ lệ hồ sơ trực tuyến cấp xã đạt 83,3%.
            4. Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của xã quý I đạt 86,5/100 điểm, trong đó: công khai, minh bạch 16/18 điểm; tiến độ giải quyết 19/20 điểm.
            """);

        AssertValues(
            report,
            ("dossiers.received", 1250), ("dossiers.carried_over", 50), ("dossiers.received_online", 1000), ("dossiers.received_direct", 200),
            ("dossiers.resolved", 1180), ("dossiers.resolved_early", 900), ("dossiers.resolved_on_time", 270), ("dossiers.resolved_late", 10),
            ("dossiers.pending", 70), ("rate.online_dossiers", 83.3), ("index766.score", 86.5));
        Assert.Equal(UnitLevel.Commune, report.Unit.Level);
        Assert.Equal("UBND xã Khúc Thừa Dụ", report.Unit.Name);
        Assert.Equal("Hải Phòng", report.Unit.Province);
        Assert.Equal(PeriodKind.Quarter, report.Period?.Kind);
        Assert.True(report.Period?.Stated);
        Assert.Equal(new DateOnly(2025, 12, 15), report.Period?.From);
        Assert.Equal(new DateOnly(2026, 3, 14), report.Period?.To);
    }

    [Fact]
    public void Read_TwoReportingSystems_TakesTotalsNotSystemBreakdowns()
    {
        var report = Read("""
            UBND TỈNH QUẢNG TRỊ
            BÁO CÁO tình hình giải quyết TTHC tháng 3 năm 2026
            - Tổng số hồ sơ tiếp nhận trong tháng: 12.400 hồ sơ, trong đó: trên Hệ thống thông tin giải quyết TTHC của tỉnh 11.900 hồ sơ; trên Hệ thống của Bộ Công an 500 hồ sơ.
            - Số hồ sơ đã giải quyết: 11.950 hồ sơ (Hệ thống của tỉnh 11.500; Hệ thống Bộ Công an 450).
            + Trên Hệ thống một cửa điện tử của tỉnh: tiếp nhận 11.900 hồ sơ, đã giải quyết 11.500 hồ sơ.
            """);

        AssertValues(report, ("dossiers.received", 12400), ("dossiers.resolved", 11950));
        Assert.Equal("2026-03", report.Period?.Label);
    }

    [Fact]
    public void Read_LevelBreakdownAfterTotal_TakesTotal()
    {
        var report = Read("""
            UBND HUYỆN ĐỨC THỌ
            Tổng số hồ sơ tiếp nhận: 2.705 hồ sơ, cụ thể: cấp huyện tiếp nhận 1.744 hồ sơ; cấp xã tiếp nhận 961 hồ sơ.
            Tỷ lệ hồ sơ trực tuyến toàn huyện đạt 87,44 % (trong đó cấp huyện đạt 99,31%; cấp xã đạt 85,47%).
            """);

        AssertValues(report, ("dossiers.received", 2705), ("rate.online_dossiers", 87.44));
        Assert.Equal(UnitLevel.District, report.Unit.Level);
    }

    [Theory]
    [InlineData("Tổng số hồ sơ đã tiếp nhận: 267.922 hồ sơ", "dossiers.received", 267922)]
    [InlineData("Tổng số hồ sơ đã tiếp nhận: 267922 hồ sơ", "dossiers.received", 267922)]
    [InlineData("Tổng số hồ sơ đã tiếp nhận: 1.414hd so", "dossiers.received", 1414)]
    [InlineData("Số hồ sơ giải quyết quá hạn: 00 hồ sơ", "dossiers.resolved_late", 0)]
    [InlineData("Số hồ sơ trả lại 08 hồ sơ", "dossiers.returned", 8)]
    [InlineData("Tỷ lệ số hóa hồ sơ đạt 98,9%", "rate.digitized_dossiers", 98.9)]
    [InlineData("Tỷ lệ số hóa hồ sơ đạt 97.54%", "rate.digitized_dossiers", 97.54)]
    [InlineData("Tỷ lệ hài lòng đạt 100%", "rate.satisfaction", 100)]
    public void Read_NumberNotation_ReadsByIndicatorKind(string line, string code, double value)
        => Assert.Equal((decimal)value, Read(line).ValueOf(code));

    [Fact]
    public void Read_CountWrittenAsPercent_IsNotACount()
        => Assert.Null(Read("Tổng số hồ sơ đã tiếp nhận: 98,5%").ValueOf("dossiers.received"));

    [Fact]
    public void Read_DerivedTotal_IsMarkedDerived()
    {
        var report = Read("Số hồ sơ đang giải quyết trong hạn: 9.265; số hồ sơ đang giải quyết quá hạn: 583.");

        var pending = Assert.Single(report.Indicators, v => v.Code == "dossiers.pending");
        Assert.True(pending.Derived);
        Assert.Equal(9848, pending.Value);
    }

    [Fact]
    public void Read_EveryValue_HasEvidenceLineAndConfidence()
    {
        var report = Read("UBND TỈNH HÀ TĨNH\n\n- Tổng số hồ sơ đã giải quyết: 1.133 hồ sơ (trước hạn và đúng hạn 1.133 hồ sơ; quá hạn 00 hồ sơ).");

        Assert.All(report.Indicators.Where(v => !v.Derived), v =>
        {
            Assert.Equal(3, v.Evidence?.Line);
            Assert.StartsWith("- Tổng số", v.Evidence?.Text, StringComparison.Ordinal);
            Assert.InRange(v.Confidence, 0.5, 1.0);
        });
        Assert.Equal(1133, report.ValueOf("dossiers.resolved_in_time"));
    }

    [Fact]
    public void Read_Windows1258_DecodesToNfc()
    {
        var bytes = Windows1258.Encode("UBND TỈNH HƯNG YÊN\nTổng số hồ sơ đã tiếp nhận: 267.922 hồ sơ.\n");

        var report = CreateSut().Read(new ReportFile("ansi.txt", bytes), TestContext.Current.CancellationToken);

        Assert.Equal(267922, report.ValueOf("dossiers.received"));
        Assert.Equal("Hưng Yên", report.Unit.Province);
        Assert.Equal("Tổng số hồ sơ đã tiếp nhận: 267.922 hồ sơ.", report.Indicators[0].Evidence?.Text);
    }

    [Fact]
    public void Read_Utf16WithBom_Decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Tổng số hồ sơ đã tiếp nhận: 5.859 hồ sơ")).ToArray();

        Assert.Equal(5859, CreateSut().Read(new ReportFile("u16.txt", bytes), TestContext.Current.CancellationToken).ValueOf("dossiers.received"));
    }
}
