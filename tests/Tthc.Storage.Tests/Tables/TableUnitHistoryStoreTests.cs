using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Submissions;
using Tthc.Pipeline.Ports;
using Tthc.Testing;

namespace Tthc.Storage.Tests.Tables;

public sealed class TableUnitHistoryStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_NewUnit_IsReadBack()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IUnitHistoryStore>();

        await store.SaveAsync("hy-x", UnitHistory.Empty.With("2026-Q1", new Dictionary<string, decimal> { ["dossiers.received"] = 120 }), null, Ct);

        var (history, etag) = await store.GetAsync("hy-x", Ct);
        Assert.Equal(120m, history.Periods["2026-Q1"]["dossiers.received"]);
        Assert.NotNull(etag);
    }

    [Fact]
    public async Task SaveAsync_StaleETag_Conflicts()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IUnitHistoryStore>();
        await store.SaveAsync("hy-x", UnitHistory.Empty, null, Ct);
        var (_, etag) = await store.GetAsync("hy-x", Ct);
        await store.SaveAsync("hy-x", UnitHistory.Empty.With("2026-Q1", new Dictionary<string, decimal>()), etag, Ct);

        await Assert.ThrowsAsync<WriteConflictException>(() => store.SaveAsync("hy-x", UnitHistory.Empty, etag, Ct));
    }
}
