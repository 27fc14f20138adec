using System.Globalization;

namespace Tthc.Core.Tests.Extraction;

public sealed partial class TextReportReaderTests
{
    public static TheoryData<string, string> Wordings => new()
    {
        {
            "Tổng số hồ sơ tiếp nhận: 5.000 (kỳ trước chuyển sang: 200; mới tiếp nhận: 4.800, trong đó trực tuyến 4.000, trực tiếp 800).",
            "dossiers.received=5000 dossiers.carried_over=200 dossiers.received_online=4000 dossiers.received_direct=800"
        },
        {
            "Đã giải quyết 4.500 hồ sơ (đúng hạn và trước hạn 4.450 hồ sơ, đạt 98,9%; quá hạn 50 hồ sơ).",
            "dossiers.resolved=4500 dossiers.resolved_in_time=4450 dossiers.resolved_late=50 rate.resolved_in_time=98.9"
        },
        {
            "Trong tháng, bộ phận một cửa tiếp nhận 1.200 hồ sơ, giải quyết 1.150 hồ sơ, đang giải quyết 50 hồ sơ.",
            "dossiers.received=1200 dossiers.resolved=1150 dossiers.pending=50"
        },
        {
            "- Số hồ sơ bị từ chối giải quyết: 3 hồ sơ; số hồ sơ công dân xin rút: 2 hồ sơ.",
            "dossiers.rejected=3 dossiers.withdrawn=2"
        },
        {
            "- Tỷ lệ hồ sơ được giải quyết trước và đúng hạn: 99,5%; tỷ lệ thanh toán trực tuyến đạt 45%; tỷ lệ hài lòng của người dân đạt 98%.",
            "rate.resolved_in_time=99.5 rate.online_payment=45 rate.satisfaction=98"
        },
        {
            "Tiếp nhận 15 phản ánh, kiến nghị; đã xử lý 12; đang xử lý 3.",
            "feedback.received=15 feedback.resolved=12 feedback.pending=3"
        },
        {
            "Tổng số TTHC đang thực hiện trên địa bàn tỉnh: 1.950 TTHC (cấp tỉnh 1.500; cấp huyện 300; cấp xã 150). Trong kỳ, đã công bố 45 TTHC.",
            "procedures.total=1950 procedures.province_level=1500 procedures.district_level=300 procedures.commune_level=150 procedures.published=45"
        },
        {
            "- Tổng số dịch vụ công trực tuyến toàn trình: 950; một phần: 1.100.",
            "services.full_online=950 services.partial_online=1100"
        },
        {
            "Số hồ sơ đang giải quyết: 70 hồ sơ (trong hạn 65, quá hạn 5); số hồ sơ trả lại: 4; số hồ sơ yêu cầu bổ sung, hoàn thiện: 11.",
            "dossiers.pending=70 dossiers.pending_in_time=65 dossiers.pending_overdue=5 dossiers.returned=4 dossiers.supplement_requested=11"
        },
        {
            "Kết quả giải quyết hồ sơ: Tiếp nhận: 3.120; Đã giải quyết: 3.000 (đúng hạn 2.990, quá hạn 10); Đang giải quyết: 120.",
            "dossiers.received=3120 dossiers.resolved=3000 dossiers.resolved_on_time=2990 dossiers.resolved_late=10 dossiers.pending=120"
        },
        {
            "Số hồ sơ tiếp nhận trong kỳ là 5.400 hồ sơ, tăng 12% so với cùng kỳ; tỷ lệ 98,5% hồ sơ được giải quyết đúng hạn.",
            "dossiers.received=5400 rate.resolved_in_time=98.5"
        },
        {
            "Tổng số hồ sơ đã giải quyết: 1.133 hồ sơ. Trong đó: trước hạn 1.000, đúng hạn 133. Cụ thể: tại Bộ phận Một cửa cấp huyện 800 hồ sơ.",
            "dossiers.resolved=1133 dossiers.resolved_early=1000 dossiers.resolved_on_time=133"
        },
        {
            "Đã tiếp nhận 230 hồ sơ trực tuyến và 70 hồ sơ trực tiếp.",
            "dossiers.received_online=230 dossiers.received_direct=70"
        },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public void Read_DifferentWording_ReadsTheValues(string text, string expected)
    {
        var values = expected.Split(' ').Select(p => p.Split('=')).Select(p => (p[0], double.Parse(p[1], CultureInfo.InvariantCulture))).ToArray();

        AssertValues(Read("UBND TỈNH THANH HÓA\n\n" + text), values);
    }

    [Fact]
    public void Read_NumberedTitlesOverSentences_TitlesAreNotLabels()
    {
        var report = Read("""
            UBND TỈNH CÀ MAU
            BÁO CÁO quý I năm 2024
            1. Tình hình, kết quả tiếp nhận hồ sơ
            Tổng số hồ sơ TTHC tiếp nhận trong kỳ báo cáo: 1.542 hồ sơ (trong đó: số hồ sơ mới tiếp nhận trực tuyến: 1.320 hồ sơ; số hồ sơ mới tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích: 180 hồ sơ; số hồ sơ từ kỳ trước chuyển qua: 42 hồ sơ).
            2. Kết quả tiếp nhận và giải quyết
            Số lượng hồ sơ đã giải quyết: 1.498 hồ sơ, trong đó: giải quyết trước hạn: 1.200 hồ sơ; đúng hạn: 290 hồ sơ; quá hạn: 8 hồ sơ.
            Số lượng hồ sơ đang giải quyết: 44 hồ sơ, trong đó: trong hạn: 44 hồ sơ; quá hạn: 0 hồ sơ.
            3. Tình hình tiếp nhận, xử lý phản ánh, kiến nghị
            Tổng số PAKN tiếp nhận: 02; đã xử lý: 02; đang xử lý: 0.
            """);

        AssertValues(
            report,
            ("dossiers.received", 1542), ("dossiers.received_online", 1320), ("dossiers.received_direct", 180), ("dossiers.carried_over", 42),
            ("dossiers.resolved", 1498), ("dossiers.resolved_early", 1200), ("dossiers.resolved_on_time", 290), ("dossiers.resolved_late", 8),
            ("dossiers.pending", 44), ("dossiers.pending_in_time", 44), ("dossiers.pending_overdue", 0),
            ("feedback.received", 2), ("feedback.resolved", 2), ("feedback.pending", 0));
        Assert.Equal("2024-Q1", report.Period?.Label);
    }

    [Fact]
    public void Read_DepartmentReport_ReadsDepartmentAndProvince()
    {
        var report = Read("UBND TỈNH ĐỒNG NAI\nSỞ TƯ PHÁP\nBÁO CÁO kết quả kiểm soát TTHC quý IV năm 2025\n\n- Tổng số hồ sơ đã tiếp nhận: 3.456 hồ sơ.");

        Assert.Equal(Tthc.Core.Units.UnitLevel.Department, report.Unit.Level);
        Assert.Equal("Sở Tư Pháp", report.Unit.Name);
        Assert.Equal("Đồng Nai", report.Unit.Province);
        Assert.Equal(3456, report.ValueOf("dossiers.received"));
    }

    [Theory]
    [InlineData("UBND TỈNH THÁI BÌNH\nBÁO CÁO quý I năm 2025", "Thái Bình")]
    [InlineData("UBND TINH THUA THIEN HUE\nBAO CAO thang 3 nam 2025", "Thừa Thiên Huế")]
    [InlineData("UBND THÀNH PHỐ HUẾ\nBÁO CÁO quý IV năm 2025", "Huế")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nBÁO CÁO 6 tháng cuối năm 2025", "Bắc Ninh")]
    public void Read_ProvinceHeader_MatchesOldAndNewNames(string header, string province)
    {
        var report = Read(header + "\n\n- Tổng số hồ sơ đã tiếp nhận: 10 hồ sơ.");

        Assert.Equal(province, report.Unit.Province);
        Assert.Equal(Tthc.Core.Units.UnitLevel.Province, report.Unit.Level);
    }
}
