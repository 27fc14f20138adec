using Tthc.Core.Periods;
using Tthc.Core.Submissions;

namespace Tthc.Core.Tests.Submissions;

public sealed class UnitHistoryTests
{
    [Fact]
    public void Before_MixedKinds_GivesEarlierPeriodsOfTheSameKindOldestFirst()
    {
        var history = UnitHistory.Empty
            .With("2025-Q4", Values(105))
            .With("2025-12", Values(40))
            .With("2025-Q2", Values(100))
            .With("2026-Q2", Values(999));

        var earlier = history.Before(ReportingPeriod.Parse("2026-Q1"));

        Assert.Equal([100m, 105m], earlier.Select(v => v["dossiers.received"]));
    }

    [Fact]
    public void With_MorePeriodsThanKept_DropsTheOldest()
    {
        var history = UnitHistory.Empty;
        for (var month = 1; month <= UnitHistory.KeptPeriods + 2; month++)
        {
            history = history.With(ReportingPeriod.Month(2020 + ((month - 1) / 12), ((month - 1) % 12) + 1).Label, Values(month));
        }

        Assert.Equal(UnitHistory.KeptPeriods, history.Periods.Count);
        Assert.DoesNotContain("2020-01", history.Periods.Keys);
    }

    private static Dictionary<string, decimal> Values(decimal received) => new() { ["dossiers.received"] = received };
}
