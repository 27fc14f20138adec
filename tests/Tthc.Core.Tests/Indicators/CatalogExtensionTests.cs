using System.Text;
using Tthc.Core.Exports;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Units;
using Tthc.Core.Validation;

namespace Tthc.Core.Tests.Indicators;

/// <summary>
/// An indicator added to a test catalog, as data only, is read from a sentence, validated against its parts,
/// rolled up (its ratio recomputed from summed parts) and exported, with no other code change.
/// </summary>
public sealed class CatalogExtensionTests
{
    private static readonly IndicatorCatalog Catalog = AppealsCatalog.Create();

    private const string Report = """
        UBND XÃ THỬ NGHIỆM
        BÁO CÁO kết quả kiểm soát TTHC quý I năm 2026
        - Tổng số đơn khiếu nại đã tiếp nhận: 120; trong đó: đã giải quyết: 100; đang giải quyết: 30.
        - Tỷ lệ đơn khiếu nại được giải quyết đạt 83,3%.
        """;

    [Fact]
    public void Parse_SentenceAboutNewIndicator_ReadsItAndItsParts()
    {
        var report = Parse(Report);

        Assert.Equal(120m, report.ValueOf("appeals.received"));
        Assert.Equal(100m, report.ValueOf("appeals.resolved"));
        Assert.Equal(30m, report.ValueOf("appeals.pending"));
        Assert.Equal(83.3m, report.ValueOf("rate.appeals_resolved"));
    }

    [Fact]
    public void Validate_PartsDisagreeWithTotal_RejectsWithTheNewIdentity()
    {
        var validated = ReportValidator.CreateDefault(Catalog).Validate(Parse(Report));

        var finding = Assert.Single(validated.Findings, f => f.Severity == Severity.Error);
        Assert.Equal("appeals.received = resolved + pending", finding.Rule);
        Assert.Contains("\"Tổng số đơn khiếu nại đã tiếp nhận\" (appeals.received) = 120 ≠ 100 + 30", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_TwoUnits_SumsPartsAndRecomputesRatioFromThem()
    {
        var rollup = Rollup();

        Assert.Equal(320m, rollup.Get("appeals.received")!.Value);
        Assert.Equal(RollupMethod.Sum, rollup.Get("appeals.received")!.Method);
        var share = rollup.Get("rate.appeals_resolved")!;
        Assert.Equal(RollupMethod.Ratio, share.Method);
        Assert.Equal(decimal.Round(280m / 320m * 100m, 2), share.Value);
    }

    [Fact]
    public void Export_RollupWithNewIndicator_WritesTableCsvAndNarrative()
    {
        var rollup = Rollup();

        var row = Assert.Single(RollupTable.From(rollup, Catalog).Rows, r => r.Code == "appeals.received");
        var csv = new RollupCsvExport(Catalog).ToText(rollup);
        var narrative = new RollupNarrative(Catalog).Compose(rollup);

        Assert.Equal(("Tổng số đơn khiếu nại đã tiếp nhận", "Đơn", "Tổng"), (row.Label, row.UnitOfMeasure, row.Method));
        Assert.Contains("Tỷ lệ đơn khiếu nại được giải quyết,rate.appeals_resolved,%,\"87,5\",Tỷ lệ tính lại từ số liệu thành phần,2", csv, StringComparison.Ordinal);
        Assert.Contains("Tổng số đơn khiếu nại đã tiếp nhận: 320 đơn; trong đó: đã giải quyết: 280 đơn; đang giải quyết: 40 đơn. Tỷ lệ đơn khiếu nại được giải quyết: 87,5%.", narrative, StringComparison.Ordinal);
    }

    private static ParsedReport Parse(string text)
        => ReportParser.CreateDefault(Catalog).Parse(new ReportFile("xa-thu.txt", Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

    private static Rollup Rollup()
    {
        UnitFigures Unit(string code, decimal received, decimal resolved, decimal rate) => new(
            code,
            code,
            UnitLevel.Commune,
            "s-" + code,
            DateTimeOffset.UnixEpoch,
            new Dictionary<string, decimal> { ["appeals.received"] = received, ["appeals.resolved"] = resolved, ["appeals.pending"] = received - resolved, ["rate.appeals_resolved"] = rate });
        return new RollupCalculator(Catalog).Compute(
            "hung-yen",
            "2026-Q1",
            [],
            [Unit("xa-a", 120, 100, 83.3m), Unit("xa-b", 200, 180, 90m)],
            DateTimeOffset.UnixEpoch);
    }
}
