using Tthc.Core.Extraction;
using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Periods;

namespace Tthc.Core.Tests.Extraction;

public sealed class PeriodDetectorTests
{
    private static ReportingPeriod? Detect(string text)
        => PeriodDetector.Detect(TokenizedReport.Create(ReportText.SplitLines(text, 1000), ExtractionLimits.Default, TestContext.Current.CancellationToken));

    [Theory]
    [InlineData("Hưng Yên, ngày 16 tháng 9 năm 2025\nBÁO CÁO\nTình hình cải cách TTHC quý III năm 2025", "2025-Q3")]
    [InlineData("Bắc Giang, ngày 23 tháng 7 năm 2024\nBÁO CÁO 6 tháng đầu năm 2024", "2024-H1")]
    [InlineData("BÁO CÁO kết quả 6 tháng cuối năm 2025", "2025-H2")]
    [InlineData("BÁO CÁO\nTháng 02 năm 2024", "2024-02")]
    [InlineData("BÁO CÁO kết quả kiểm soát TTHC năm 2025", "2025")]
    [InlineData("Báo cáo quý IV/2025 và quý IV năm 2025", "2025-Q4")]
    [InlineData("BÁO CÁO tình hình giải quyết TTHC tháng 3/2026", "2026-03")]
    [InlineData("BÁO CÁO kết quả quý I/2026", "2026-Q1")]
    public void Detect_TitleWording_GivesPeriod(string text, string label)
        => Assert.Equal(label, Detect(text)?.Label);

    [Fact]
    public void Detect_SigningDateOnly_GivesNoPeriod()
        => Assert.Null(Detect("Hà Tĩnh, ngày 20 tháng 02 năm 2024"));

    [Fact]
    public void Detect_StatedWindowWithKind_KeepsKindAndWindow()
    {
        var period = Detect("BÁO CÁO quý I năm 2026\n(số liệu từ ngày 15/12/2025 đến hết ngày 14/3/2026)");

        Assert.Equal(PeriodKind.Quarter, period?.Kind);
        Assert.True(period?.Stated);
        Assert.Equal(new DateOnly(2025, 12, 15), period?.From);
        Assert.Equal(new DateOnly(2026, 3, 14), period?.To);
    }

    [Fact]
    public void Detect_StatedWindowWithoutKind_IsCustom()
    {
        var period = Detect("BÁO CÁO kết quả giải quyết TTHC\nSố liệu tính từ ngày 15/12/2025 đến hết ngày 02/4/2026.");

        Assert.Equal("2025-12-15..2026-04-02", period?.Label);
    }

    [Theory]
    [InlineData("Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024", "2023")]
    [InlineData("Sơ kết quý II, triển khai phương hướng, nhiệm vụ quý III/2024\nTừ ngày 1/4/2024, xã đã tiếp nhận 300 hồ sơ.", "2024-Q2")]
    [InlineData("08:15, 12/10/2023\nQuý III, Sở Nội vụ giải quyết 400 hồ sơ", "2023-Q3")]
    [InlineData("07:30, 20/02/2022\nTrong tháng 1 vừa qua, trung tâm tiếp nhận 900 hồ sơ", "2022-01")]
    [InlineData("Tin tức\nNăm 2024, toàn tỉnh đã số hóa 80% hồ sơ.", "2024")]
    public void Detect_NewsWording_GivesThePeriodNotThePlans(string text, string label)
        => Assert.Equal(label, Detect(text)?.Label);

    [Theory]
    [InlineData("Từ ngày 3.2.2021 đến 20.6.2021, bộ phận một cửa đã tiếp nhận 500 hồ sơ", "2021-02-03", "2021-06-20")]
    [InlineData("Từ ngày 6-1-2022 đến 14- 5-2022, xã đã tiếp nhận 500 hồ sơ", "2022-01-06", "2022-05-14")]
    [InlineData("Trong thời gian từ 1/8 đến 25/11/2025, xã đã tiếp nhận 500 hồ sơ", "2025-08-01", "2025-11-25")]
    [InlineData(" date 2025-12-01 Tin xã\nTừ ngày 1-8 đến ngày 20-11, xã tiếp nhận 500 hồ sơ", "2025-08-01", "2025-11-20")]
    public void Detect_WrittenOutWindow_IsCustomWithItsDates(string text, string from, string to)
    {
        var period = Detect(text);

        Assert.Equal(PeriodKind.Custom, period?.Kind);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period?.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period?.To);
    }

    [Fact]
    public void Detect_WindowCoveringNoNamedPeriod_IsCustom()
    {
        var period = Detect("Kết quả quý III năm 2020\nTính từ ngày 1.1.2020 đến 20.08.2020, trung tâm đã tiếp nhận 900 hồ sơ");

        Assert.Equal(PeriodKind.Custom, period?.Kind);
        Assert.Equal(2020, period?.Year);
    }
}
