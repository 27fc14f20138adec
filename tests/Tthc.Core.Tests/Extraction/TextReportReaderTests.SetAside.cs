using System.Globalization;
using Tthc.Core.Extraction;

namespace Tthc.Core.Tests.Extraction;

/// <summary>The set-aside step and the wording families, each on sentences written for the test.</summary>
public sealed partial class TextReportReaderTests
{
    public static TheoryData<string, string, string> SetAsideFamilies => new()
    {
        // hedges and rounding
        { "Bộ phận một cửa đã tiếp nhận hơn 2.400 hồ sơ, giải quyết 2.310 hồ sơ.", "dossiers.resolved=2310", "hedged" },
        { "Trong kỳ, xã tiếp nhận gần 900 hồ sơ; đã giải quyết khoảng 850 hồ sơ.", "", "hedged" },
        { "Toàn huyện giải quyết trên 45 ngàn hồ sơ, đúng hạn 44.100 hồ sơ.", "dossiers.resolved_on_time=44100", "hedged" },
        { "Tỷ lệ hồ sơ giải quyết đúng hạn đạt hơn 97%; tỷ lệ số hóa hồ sơ đạt 81,5%.", "rate.digitized_dossiers=81.5", "hedged" },
        // other periods and comparisons
        { "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96% (tăng 4% so với năm trước).", "rate.resolved_in_time=96", "other-period" },
        { "Xã đã tiếp nhận 1.000 hồ sơ; cùng kỳ năm trước tiếp nhận 800 hồ sơ.", "dossiers.received=1000", "other-period" },
        // targets
        { "Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%; thực tế tỷ lệ số hóa đạt 75%.", "rate.digitized_dossiers=75", "target" },
        // stray numbers
        { "Thực hiện Nghị định 107 về một cửa, xã đã tiếp nhận 1.320 hồ sơ.", "dossiers.received=1320", "not-catalog" },
        { "Xã đã tiếp nhận 1.000 hồ sơ, cung cấp dịch vụ công mức độ 3, 4 cho người dân.", "dossiers.received=1000", "not-catalog" },
        { "Xã đã tiếp nhận 310 hồ sơ tại Phường 2 cũ; xếp thứ 3 toàn huyện.", "dossiers.received=310", "not-catalog" },
        // breakdowns by share and by part
        { "Đã giải quyết 700 hồ sơ, trong đó trước hạn 600 hồ sơ, chiếm 85,7%.", "dossiers.resolved=700 dossiers.resolved_early=600", "breakdown" },
        { "Xã tiếp nhận 500 hồ sơ. Riêng lĩnh vực hộ tịch tiếp nhận 320 hồ sơ, đã giải quyết 300 hồ sơ.", "dossiers.received=500", "sub-unit" },
    };

    [Theory]
    [MemberData(nameof(SetAsideFamilies))]
    public void Read_SetAsideFamily_TakesOnlyTheUnitsValuesAndSaysWhy(string sentence, string expected, string why)
    {
        var report = Read("UBND XÃ HÒA AN\nBÁO CÁO quý II năm 2025\n\n" + sentence);

        AssertValues(report, Values(expected));
        Assert.Contains(report.NotValues, n => n.Why.ToCode() == why);
    }

    public static TheoryData<string, string> SynonymFamilies => new()
    {
        { "Đã giải quyết 400 hồ sơ, trong đó trễ hạn 12 hồ sơ.", "dossiers.resolved=400 dossiers.resolved_late=12" },
        { "Đã giải quyết 400 hồ sơ; 9 hồ sơ bị trễ hẹn.", "dossiers.resolved=400 dossiers.resolved_late=9" },
        { "Tỉ lệ hồ sơ giải quyết đúng hạn đạt 98,2%.", "rate.resolved_in_time=98.2" },
        { "Đã giải quyết 300 hồ sơ, giải quyết sớm hạn 120 hồ sơ.", "dossiers.resolved=300 dossiers.resolved_early=120" },
        { "Đã có 288 hồ sơ được trả kết quả trước và đúng hạn.", "dossiers.resolved_in_time=288" },
        { "Có 150 hồ sơ được giải quyết đúng và trước hạn.", "dossiers.resolved_in_time=150" },
        { "Đang giải quyết 40 hồ sơ (35 hồ sơ chưa đến hạn, 5 hồ sơ quá hạn).", "dossiers.pending=40 dossiers.pending_in_time=35 dossiers.pending_overdue=5" },
        { "Tổng số hồ sơ yêu cầu giải quyết trong kỳ là 2.050 hồ sơ.", "dossiers.received=2050" },
        { "Trong kỳ tiếp nhận mới 1.900 hồ sơ.", "" },
        { "Có 610 hồ sơ được nộp qua mạng.", "dossiers.received_online=610" },
        { "Tổng cộng 75 bộ hồ sơ được tiếp nhận; 60 hồ sơ đã có kết quả.", "dossiers.received=75 dossiers.resolved=60" },
    };

    [Theory]
    [MemberData(nameof(SynonymFamilies))]
    public void Read_SynonymFamily_ReadsTheCatalogCode(string sentence, string expected)
    {
        AssertValues(Read("UBND XÃ HÒA AN\nBÁO CÁO quý II năm 2025\n\n" + sentence), Values(expected));
    }

    public static TheoryData<string, string> StructureFamilies => new()
    {
        // a share attached to its count is a rate only when the count is that rate's numerator
        { "Xã tiếp nhận 2.000 hồ sơ, trong đó 1.500 hồ sơ nộp trực tuyến, chiếm 75%.", "dossiers.received=2000 dossiers.received_online=1500 rate.online_dossiers=75" },
        // a rate written before its label
        { "Trong kỳ, 64,5% hồ sơ có phí được thanh toán trực tuyến.", "rate.online_payment=64.5" },
        { "Sở đã giải quyết 900 hồ sơ, 100% giải quyết trước hạn.", "dossiers.resolved=900 rate.resolved_in_time=100" },
        // a part and its total
        { "Hồ sơ đã có kết quả đạt 1.204/1.210 hồ sơ.", "dossiers.resolved=1204" },
        // numbers in words and zero-padded
        { "Đã giải quyết 96 hồ sơ, chỉ hai hồ sơ quá hạn; đang giải quyết 04 hồ sơ.", "dossiers.resolved=96 dossiers.resolved_late=2 dossiers.pending=4" },
        // a count stated as none
        { "Tất cả hồ sơ đều được giải quyết đúng hạn, không có hồ sơ quá hạn.", "dossiers.resolved_late=0" },
        // an abbreviation with a dot is no sentence end
    };

    [Theory]
    [MemberData(nameof(StructureFamilies))]
    public void Read_StructureFamily_ReadsTheValues(string sentence, string expected)
    {
        AssertValues(Read("UBND XÃ HÒA AN\nBÁO CÁO quý II năm 2025\n\n" + sentence), Values(expected));
    }

    [Fact]
    public void Read_AbbreviationWithADot_IsNoSentenceEnd()
    {
        var report = Read("UBND THỊ XÃ HÒA AN\nBÁO CÁO năm 2024\n\nBộ phận một cửa TX.Hòa An đã tiếp nhận 812 hồ sơ, giải quyết 790 hồ sơ.");

        AssertValues(report, ("dossiers.received", 812), ("dossiers.resolved", 790));
    }

    [Fact]
    public void Read_LevelBelowOpensAParagraph_RestOfItIsABreakdown()
    {
        var report = Read("""
            UBND HUYỆN HÒA AN
            BÁO CÁO năm 2024

            Toàn huyện đã tiếp nhận 9.000 hồ sơ, đã giải quyết 8.800 hồ sơ.

            Ở cấp xã, đã tiếp nhận 6.000 hồ sơ. Trong số này đã giải quyết 5.900 hồ sơ, trong đó trước hạn 5.000 hồ sơ.
            """);

        AssertValues(report, ("dossiers.received", 9000), ("dossiers.resolved", 8800));
        Assert.Equal(3, report.NotValues.Count(n => n.Why is NotValueReason.Breakdown or NotValueReason.SubUnit));
    }

    [Fact]
    public void Read_SentenceRestatingAValueDifferently_IsAnotherScope()
    {
        var report = Read("""
            TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH
            Từ đầu năm, trung tâm đã giải quyết 12.400 hồ sơ.

            Số hồ sơ được giải quyết trong tuần là 610 hồ sơ, trong đó đúng hạn 600 hồ sơ.
            """);

        AssertValues(report, ("dossiers.resolved", 12400));
        Assert.Contains(report.NotValues, n => n.Code == "dossiers.resolved_on_time");
    }

    [Fact]
    public void Read_SetAsideNumber_KeepsTheWordsAsWritten()
    {
        var report = Read("UBND XÃ HÒA AN\nBÁO CÁO quý II năm 2025\n\nTrong quý, xã đã tiếp nhận hơn 1.650 hồ sơ.");

        var hedged = Assert.Single(report.NotValues, n => n.Why == NotValueReason.Hedged);
        Assert.Equal("xã đã tiếp nhận hơn 1.650 hồ sơ", hedged.Text);
        Assert.Equal(4, hedged.Line);
        Assert.Equal("dossiers.received", hedged.Code);
    }

    private static (string Code, double Value)[] Values(string expected)
        => [.. expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).Select(p => (p[0], double.Parse(p[1], CultureInfo.InvariantCulture)))];
}
