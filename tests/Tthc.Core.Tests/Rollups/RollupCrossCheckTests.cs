using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Tests.Support;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Rollups;

public sealed class RollupCrossCheckTests
{
    private static readonly decimal[] Shares = [0.4m, 0.3m, 0.2m, 0.1m];
    private static readonly string[] RecomputedRates = ["rate.online_dossiers", "rate.resolved_in_time"];

    public static TheoryData<string> GoldFiles => [.. SharedSamples.GoldFiles];

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Compare_UnitsSplitFromGoldTotals_ReproducesEveryCount(string goldFile)
    {
        var gold = SharedSamples.Load(goldFile);
        var rollup = Compute(Split(gold.ValueMap));

        var result = CreateSut().Compare(gold.ValueMap, rollup);

        var counts = result.Lines.Where(l => l.Kind == IndicatorKind.Count).ToList();
        Assert.Equal(gold.Values.Count(v => TestCatalog.BuiltIn[v.Key].Kind == IndicatorKind.Count), counts.Count);
        Assert.All(counts, l => Assert.Equal(CrossCheckStatus.Same, l.Status));
        Assert.DoesNotContain(result.Lines, l => l.Status == CrossCheckStatus.OnlyReported);
        Assert.All(result.Lines.Where(l => l.Status == CrossCheckStatus.OnlyComputed), l => Assert.Equal(RollupMethod.Ratio, l.Method));
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Compare_UnitsSplitFromGoldTotals_OnlineShareIsRatioOfSummedParts(string goldFile)
    {
        var gold = SharedSamples.Load(goldFile).ValueMap;
        var rollup = Compute(Split(gold));

        var online = gold["dossiers.received_online"];
        var expected = decimal.Round(online / (online + gold["dossiers.received_direct"]) * 100, 2);
        var line = CreateSut().Compare(gold, rollup).Lines.Single(l => l.Code == "rate.online_dossiers");

        Assert.Equal(expected, line.Computed);
        Assert.Equal(RollupMethod.Ratio, line.Method);
    }

    [Fact]
    public void Compare_RatesWithoutParts_AgreeWithinReportedRounding()
    {
        var rollup = Compute(Split(new Dictionary<string, decimal> { ["rate.digitized_dossiers"] = 98.94m, ["rate.satisfaction"] = 97.5m }));

        var result = CreateSut().Compare(new Dictionary<string, decimal> { ["rate.digitized_dossiers"] = 98.9m, ["rate.satisfaction"] = 97.6m }, rollup);

        Assert.Equal(CrossCheckStatus.Same, result.Lines.Single(l => l.Code == "rate.digitized_dossiers").Status);
        Assert.Equal(CrossCheckStatus.Different, result.Lines.Single(l => l.Code == "rate.satisfaction").Status);
    }

    [Fact]
    public void Compare_OneUnitPerturbed_NamesTheDifference()
    {
        var gold = SharedSamples.Load("hung-yen-2025-q3.json");
        var units = Split(gold.ValueMap);
        var changed = new Dictionary<string, decimal>(units[2].Values) { ["dossiers.received_online"] = units[2].Values["dossiers.received_online"] + 1_000 };
        units[2] = units[2] with { Values = changed };

        var result = CreateSut().Compare(TestReports.Create(gold.File, gold.Period, gold.Values), Compute(units));

        var line = Assert.Single(result.Differences, l => l.Kind == IndicatorKind.Count);
        Assert.Equal("dossiers.received_online", line.Code);
        Assert.Equal(CrossCheckStatus.Different, line.Status);
        Assert.Equal(-1_000, line.Difference);
        Assert.Equal(-1_000m / 241_427m, line.RelativeDifference);
        Assert.Equal(gold.Values.ToList().FindIndex(v => v.Key == "dossiers.received_online") + 1, line.Line);
        var finding = Assert.Single(result.ToFindings(gold.File), f => f.Codes[0] == "dossiers.received_online");
        Assert.Contains("báo cáo của tỉnh 240.427 ≠ tổng hợp từ các đơn vị 241.427 (chênh -1.000, -0,41%)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("hung-yen-2025-q3.txt, dòng ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_IndicatorOnOneSideOnly_ListsIt()
    {
        var rollup = Compute(Split(new Dictionary<string, decimal> { ["dossiers.received"] = 100, ["feedback.received"] = 4 }));

        var result = CreateSut().Compare(new Dictionary<string, decimal> { ["dossiers.received"] = 100, ["procedures.total"] = 2_273 }, rollup);

        Assert.False(result.Agrees);
        Assert.Equal(CrossCheckStatus.Same, result.Lines.Single(l => l.Code == "dossiers.received").Status);
        Assert.Equal(CrossCheckStatus.OnlyReported, result.Lines.Single(l => l.Code == "procedures.total").Status);
        Assert.Equal(CrossCheckStatus.OnlyComputed, result.Lines.Single(l => l.Code == "feedback.received").Status);
    }

    /// <summary>Splits province totals into four synthetic communes whose counts sum back to the totals.</summary>
    private static List<UnitFigures> Split(IReadOnlyDictionary<string, decimal> totals)
    {
        var units = Shares.Select(_ => new Dictionary<string, decimal>(StringComparer.Ordinal)).ToList();
        foreach (var (code, total) in totals)
        {
            if (RecomputedRates.Contains(code))
            {
                continue;
            }

            var kind = TestCatalog.BuiltIn[code].Kind;
            var given = 0m;
            for (var i = 0; i < units.Count; i++)
            {
                var part = kind != IndicatorKind.Count ? total
                    : i == units.Count - 1 ? total - given
                    : decimal.Floor(total * Shares[i]);
                given += part;
                units[i][code] = part;
            }
        }

        return [.. units.Select((v, i) => new UnitFigures($"xa-{i + 1}", $"Xã {i + 1}", UnitLevel.Commune, $"s{i + 1}", DateTimeOffset.UnixEpoch, v))];
    }

    private static Rollup Compute(IReadOnlyList<UnitFigures> units)
    {
        var expected = units.Select(u => new UnitRecord(u.UnitCode, u.UnitName, u.Level, "hung-yen", "hung-yen", null, null, [])).ToList();
        return new RollupCalculator(TestCatalog.BuiltIn).Compute("hung-yen", "2025-Q3", expected, units, DateTimeOffset.UnixEpoch);
    }

    private static RollupCrossCheck CreateSut() => new(TestCatalog.BuiltIn);
}
