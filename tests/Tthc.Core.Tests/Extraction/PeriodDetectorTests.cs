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
}
