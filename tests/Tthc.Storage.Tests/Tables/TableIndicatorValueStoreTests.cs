using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Submissions;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;
using Tthc.Testing;

namespace Tthc.Storage.Tests.Tables;

public sealed class TableIndicatorValueStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_NewUnit_IsReadBackWithItsVersion()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IIndicatorValueStore>();

        await store.WriteAsync(Rows("s-1", 98.9m), null, Ct);

        var (units, version) = await store.ReadPartitionAsync("hung-yen", "2026-Q1", Ct);
        var unit = Assert.Single(units);
        Assert.Equal(("hy-x", "Xã X", UnitLevel.Commune, "s-1", 98.9m), (unit.UnitCode, unit.UnitName, unit.Level, unit.SubmissionId, unit.Values["rate.digitized_dossiers"]));
        Assert.NotNull(version);
        Assert.Equal("s-1", (await store.GetVersionAsync("hung-yen", "2026-Q1", "hy-x", Ct))!.Version.SubmissionId);
    }

    [Fact]
    public async Task WriteAsync_UnitAlreadyThereWithoutETag_Conflicts()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IIndicatorValueStore>();
        await store.WriteAsync(Rows("s-1", 1), null, Ct);

        await Assert.ThrowsAsync<WriteConflictException>(() => store.WriteAsync(Rows("s-2", 2), null, Ct));
    }

    [Fact]
    public async Task WriteAsync_FirstWritesAtOnce_ExactlyOneSucceeds()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IIndicatorValueStore>();

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await store.WriteAsync(Rows($"s-{i}", i), null, Ct);
                return true;
            }
            catch (WriteConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o));
    }

    [Fact]
    public async Task WriteAsync_SameETagAtOnce_ExactlyOneSucceeds()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IIndicatorValueStore>();
        await store.WriteAsync(Rows("s-0", 0), null, Ct);
        var read = (await store.GetVersionAsync("hung-yen", "2026-Q1", "hy-x", Ct))!;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await store.WriteAsync(Rows($"s-{i}", i), read.ETag, Ct);
                return true;
            }
            catch (WriteConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o));
    }

    [Fact]
    public async Task WriteAsync_StaleETag_Conflicts()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IIndicatorValueStore>();
        await store.WriteAsync(Rows("s-1", 1), null, Ct);
        var read = (await store.GetVersionAsync("hung-yen", "2026-Q1", "hy-x", Ct))!;
        await store.WriteAsync(Rows("s-2", 2), read.ETag, Ct);

        await Assert.ThrowsAsync<WriteConflictException>(() => store.WriteAsync(Rows("s-3", 3), read.ETag, Ct));
    }

    [Fact]
    public async Task WriteAsync_AnyWrite_MovesThePartitionVersion()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IIndicatorValueStore>();
        await store.WriteAsync(Rows("s-1", 1), null, Ct);
        var before = (await store.ReadPartitionAsync("hung-yen", "2026-Q1", Ct)).Version;

        await store.WriteAsync(Rows("s-2", 2), (await store.GetVersionAsync("hung-yen", "2026-Q1", "hy-x", Ct))!.ETag, Ct);

        var partition = Assert.Single(await store.ListPartitionsAsync(Ct).ToListAsync(Ct));
        Assert.NotEqual(before, partition.Version);
        Assert.Equal(("hung-yen", "2026-Q1"), (partition.Province, partition.Period));
    }

    private static UnitRows Rows(string submissionId, decimal rate)
        => new("hung-yen", "2026-Q1", "hy-x", "Xã X", UnitLevel.Commune, new ReportVersion(submissionId, DateTimeOffset.UnixEpoch), new Dictionary<string, decimal> { ["dossiers.received"] = 5_859, ["rate.digitized_dossiers"] = rate });
}
