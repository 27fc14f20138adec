using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Rollups;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;
using Tthc.Testing;

namespace Tthc.Storage.Tests.Tables;

public sealed class TableRollupStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_Rollup_IsReadBackWithTheProvinceValues()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IRollupStore>();
        var value = new RollupValue("rate.digitized_dossiers", 98.9m, RollupMethod.Mean, ["a", "b"], 97.5m, 99.6m, "trung bình");
        var rollup = new Rollup(
            "hung-yen",
            "2026-Q1",
            3,
            2,
            [new MissingUnit("c", "Xã C", UnitLevel.Commune)],
            [new LateUnit("b", "Xã B", UnitLevel.Commune, DateTimeOffset.UnixEpoch)],
            DateTimeOffset.UnixEpoch,
            [value],
            new Dictionary<UnitLevel, IReadOnlyList<RollupValue>> { [UnitLevel.Commune] = [value] },
            DateTimeOffset.UnixEpoch);

        await store.SaveAsync(rollup, new Dictionary<string, decimal> { ["dossiers.received"] = 7 }, "v1", null, Ct);

        var stored = (await store.GetAsync("hung-yen", "2026-Q1", Ct))!;
        Assert.Equal(value, Assert.Single(stored.Rollup.Indicators) with { Contributors = value.Contributors });
        Assert.Equal(["a", "b"], stored.Rollup.ByLevel[UnitLevel.Commune][0].Contributors);
        Assert.Equal(("c", "b", 7m, "v1"), (stored.Rollup.MissingUnits[0].Code, stored.Rollup.LateUnits[0].Code, stored.ProvinceValues!["dossiers.received"], stored.SourceVersion));
    }

    [Fact]
    public async Task SaveAsync_SecondFirstWrite_Conflicts()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IRollupStore>();
        var rollup = new Rollup("hung-yen", "2026-Q1", 0, 0, [], [], null, [], new Dictionary<UnitLevel, IReadOnlyList<RollupValue>>(), DateTimeOffset.UnixEpoch);
        await store.SaveAsync(rollup, null, "v1", null, Ct);

        await Assert.ThrowsAsync<WriteConflictException>(() => store.SaveAsync(rollup, null, "v2", null, Ct));
    }

    [Fact]
    public async Task RecordFailureAsync_BesideTheRollup_IsReadBackAndClearedWithoutTouchingIt()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IRollupStore>();
        var rollup = new Rollup("hung-yen", "2026-Q1", 0, 0, [], [], null, [], new Dictionary<UnitLevel, IReadOnlyList<RollupValue>>(), DateTimeOffset.UnixEpoch);
        await store.SaveAsync(rollup, null, "v1", null, Ct);

        await store.RecordFailureAsync(new RollupFailure("hung-yen", "2026-Q1", "OverflowException: too big", DateTimeOffset.UnixEpoch), Ct);

        Assert.Equal("OverflowException: too big", (await store.GetFailureAsync("hung-yen", "2026-Q1", Ct))?.Reason);
        Assert.Equal("v1", (await store.ListSourceVersionsAsync(Ct))["hung-yen|2026-Q1"]);
        await store.ClearFailureAsync("hung-yen", "2026-Q1", Ct);
        await store.ClearFailureAsync("hung-yen", "2026-Q1", Ct);
        Assert.Null(await store.GetFailureAsync("hung-yen", "2026-Q1", Ct));
        Assert.NotNull(await store.GetAsync("hung-yen", "2026-Q1", Ct));
    }
}
