using Tthc.Core.Exports;
using Tthc.Core.Rollups;
using Tthc.Core.Tests.Support;

namespace Tthc.Core.Tests.Exports;

public sealed class RollupNarrativeTests
{
    [Fact]
    public void Compose_KnownRollup_WritesResultsParagraphs()
    {
        var text = CreateSut().Compose(TestRollups.HungYen());

        Assert.Equal(
            [
                "Tổng số hồ sơ đã tiếp nhận: 267.922 hồ sơ; trong đó: số hồ sơ từ kỳ trước chuyển sang: 1.730 hồ sơ; tiếp nhận trực tuyến: 240.427 hồ sơ; tiếp nhận trực tiếp và qua dịch vụ bưu chính: 25.765 hồ sơ.",
                "Số hồ sơ đã giải quyết: 246.821 hồ sơ; trong đó: giải quyết đúng hạn: 244.695 hồ sơ; giải quyết quá hạn: 2.126 hồ sơ.",
                "Số hồ sơ đang giải quyết: 9.848 hồ sơ; trong đó: trong hạn: 9.265 hồ sơ; quá hạn: 583 hồ sơ.",
                "Tỷ lệ hồ sơ nộp trực tuyến: 90,32%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 98,9% (trung bình của 4 đơn vị; thấp nhất 97,5%, cao nhất 99,6%).",
                "Tổng số phản ánh, kiến nghị đã tiếp nhận: 70 PAKN; trong đó: đã xử lý: 45 PAKN; đang xử lý: 25 PAKN.",
                "Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương: 2.273 thủ tục; trong đó: cấp tỉnh: 1.839 thủ tục; cấp xã: 434 thủ tục.",
                "Có 4/7 đơn vị đã gửi báo cáo; chưa báo cáo: =HYPERLINK(\"http://evil.example\",\"Xã A\"), +cmd|' /C calc'!A0, Sở Nội vụ.",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void Compose_InTimeGivenAsOneFigure_NamesItTogether()
    {
        var rollup = TestRollups.HungYen([]) with
        {
            Indicators =
            [
                new RollupValue("dossiers.resolved", 1_133, RollupMethod.Sum, ["a"]),
                new RollupValue("dossiers.resolved_in_time", 1_133, RollupMethod.Sum, ["a"]),
                new RollupValue("dossiers.resolved_late", 0, RollupMethod.Sum, ["a"]),
            ],
        };

        var text = CreateSut().Compose(rollup);

        Assert.Equal(
            "Số hồ sơ đã giải quyết: 1.133 hồ sơ; trong đó: giải quyết trước hạn và đúng hạn: 1.133 hồ sơ; giải quyết quá hạn: 0 hồ sơ.\nTất cả 4 đơn vị đã gửi báo cáo.",
            text);
    }

    [Fact]
    public void Compose_EmptyRollup_WritesNothing()
    {
        var rollup = TestRollups.HungYen([]) with { Indicators = [], ExpectedUnits = 0, ReportedUnits = 0 };

        Assert.Equal(string.Empty, CreateSut().Compose(rollup));
    }

    private static RollupNarrative CreateSut() => new(TestCatalog.BuiltIn);
}
