using Tthc.Core.Rollups;
using Tthc.Core.Tests.Support;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Rollups;

public sealed class RollupCalculatorTests
{
    [Fact]
    public void Compute_StoredValueBeyondDecimalSums_IsLeftOutWithAFindingNotAnException()
    {
        // Two stored values of 7.9·10²⁸ (written before bounds were checked) would overflow any sum.
        var a = Unit("a", 10, 10, ("dossiers.resolved", 79_000_000_000_000_000_000_000_000_000m));
        var b = Unit("b", 10, 10, ("dossiers.resolved", 79_000_000_000_000_000_000_000_000_000m), ("dossiers.resolved_in_time", 5));

        var rollup = CreateSut().Compute("p", "2026-Q1", Expected("a", "b"), [a, b], Now);

        Assert.Null(rollup.Get("dossiers.resolved"));
        Assert.Equal(40m, rollup.Get("dossiers.received")!.Value);
        Assert.Equal(2, rollup.Findings!.Count(f => f.Rule == "range" && f.Codes.SequenceEqual(["dossiers.resolved"])));
    }

    private static readonly DateTimeOffset Now = new(2026, 4, 20, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_Counts_AreSummedWithContributors()
    {
        var rollup = CreateSut().Compute("p", "2026-Q1", Expected("a", "b", "c"), [Unit("a", online: 90, direct: 10), Unit("b", online: 10, direct: 90)], Now);

        var received = rollup.Get("dossiers.received_online")!;
        Assert.Equal(100m, received.Value);
        Assert.Equal(RollupMethod.Sum, received.Method);
        Assert.Equal(["a", "b"], received.Contributors);
    }

    [Fact]
    public void Compute_OnlineShare_IsRecomputedFromSummedPartsNotAveraged()
    {
        // Unit rates 90% and 10% average to 50%; the parts give 1090 / 1200.
        var rollup = CreateSut().Compute("p", "2026-Q1", Expected("a", "b"), [Unit("a", online: 900, direct: 100), Unit("b", online: 10, direct: 90)], Now);

        var share = rollup.Get("rate.online_dossiers")!;
        Assert.Equal(RollupMethod.Ratio, share.Method);
        Assert.Equal(decimal.Round(910m / 1100m * 100m, 2), share.Value);
    }

    [Fact]
    public void Compute_InTimeShare_UsesEarlyPlusOnTimeWhenNoCombinedFigure()
    {
        var a = Unit("a", 10, 10, ("dossiers.resolved", 100), ("dossiers.resolved_early", 50), ("dossiers.resolved_on_time", 40));
        var b = Unit("b", 10, 10, ("dossiers.resolved", 100), ("dossiers.resolved_in_time", 100));

        var share = CreateSut().Compute("p", "2026-Q1", Expected("a", "b"), [a, b], Now).Get("rate.resolved_in_time")!;

        Assert.Equal(95m, share.Value);
        Assert.Equal(RollupMethod.Ratio, share.Method);
    }

    [Fact]
    public void Compute_RateWithoutParts_IsLabelledWeightedMeanWithMinAndMax()
    {
        var a = Unit("a", 300, 0, ("rate.satisfaction", 90));
        var b = Unit("b", 100, 0, ("rate.satisfaction", 100));

        var satisfaction = CreateSut().Compute("p", "2026-Q1", Expected("a", "b"), [a, b], Now).Get("rate.satisfaction")!;

        Assert.Equal(RollupMethod.Mean, satisfaction.Method);
        Assert.Equal(92.5m, satisfaction.Value);
        Assert.Equal(90m, satisfaction.Min);
        Assert.Equal(100m, satisfaction.Max);
        Assert.Contains("dossiers.received", satisfaction.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_Completeness_ListsExpectedUnitsWithoutReport()
    {
        var rollup = CreateSut().Compute("p", "2026-Q1", Expected("a", "b", "c"), [Unit("b", 1, 1)], Now);

        Assert.Equal(3, rollup.ExpectedUnits);
        Assert.Equal(1, rollup.ReportedUnits);
        Assert.Equal(["a", "c"], rollup.MissingUnits.Select(m => m.Code));
    }

    [Fact]
    public void Compute_Deadline_ListsLateUnits()
    {
        var late = Unit("a", 1, 1) with { SubmittedAt = Now.AddDays(2) };

        var rollup = CreateSut().Compute("p", "2026-Q1", Expected("a", "b"), [late, Unit("b", 1, 1)], Now, deadline: Now.AddDays(1));

        Assert.Equal("a", Assert.Single(rollup.LateUnits).Code);
    }

    [Fact]
    public void Compute_ByLevel_ConsolidatesEachLevelSeparately()
    {
        var department = Unit("d", 500, 0) with { Level = UnitLevel.Department };

        var rollup = CreateSut().Compute("p", "2026-Q1", Expected("a", "d"), [Unit("a", 10, 5), department], Now);

        Assert.Equal(510m, rollup.Get("dossiers.received_online")!.Value);
        Assert.Equal(10m, rollup.ByLevel[UnitLevel.Commune].Single(v => v.Code == "dossiers.received_online").Value);
        Assert.Equal(500m, rollup.ByLevel[UnitLevel.Department].Single(v => v.Code == "dossiers.received_online").Value);
    }

    [Fact]
    public void Compute_ValuesAwaitingReview_AreNotCountedButCounted()
    {
        var waiting = Unit("a", online: 900, direct: 100) with { AwaitingReview = ["dossiers.received_online"] };

        var rollup = CreateSut().Compute("p", "2026-Q1", Expected("a", "b"), [waiting, Unit("b", online: 10, direct: 90)], Now);

        Assert.Equal(10m, rollup.Get("dossiers.received_online")!.Value);
        Assert.Single(rollup.Get("dossiers.received_online")!.Contributors);
        Assert.Equal(1100m, rollup.Get("dossiers.received")!.Value);
        Assert.Equal(1, rollup.AwaitingReview);
        Assert.Equal(2, rollup.ReportedUnits);
    }

    private static RollupCalculator CreateSut() => new(TestCatalog.BuiltIn);

    private static List<UnitRecord> Expected(params string[] codes)
        => [.. codes.Select(c => new UnitRecord(c, "Xã " + c, UnitLevel.Commune, "p", "p", null, null, []))];

    private static UnitFigures Unit(string code, int online, int direct, params (string Code, decimal Value)[] more)
    {
        var values = new Dictionary<string, decimal>
        {
            ["dossiers.received_online"] = online,
            ["dossiers.received_direct"] = direct,
            ["dossiers.received"] = online + direct,
        };
        foreach (var (c, v) in more)
        {
            values[c] = v;
        }

        return new UnitFigures(code, "Xã " + code, UnitLevel.Commune, "s-" + code, Now.AddDays(-1), values);
    }
}
