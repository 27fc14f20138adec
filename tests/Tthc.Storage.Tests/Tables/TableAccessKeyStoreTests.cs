using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Access;
using Tthc.Pipeline.Ports;
using Tthc.Testing;

namespace Tthc.Storage.Tests.Tables;

public sealed class TableAccessKeyStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_Key_IsReadBackAndListed_WithoutTheKeyItself()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IAccessKeyStore>();
        var (id, key) = AccessKeySecret.Generate();
        var created = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
        var stored = new AccessKey(id, AccessRole.Province, "ha-tinh", AccessKeySecret.Hash(key), "admin", created, created.AddDays(30), null);

        await store.AddAsync(stored, Ct);

        Assert.Equal(stored, await store.GetAsync(id, Ct));
        Assert.Equal([stored], await store.ListAsync(Ct));
        var row = await services.GetRequiredService<StorageClients>().AccessKeys.GetEntityAsync<Azure.Data.Tables.TableEntity>(id, "key", cancellationToken: Ct);
        Assert.DoesNotContain(row.Value, p => p.Value is string s && s.Contains(key[10..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveAsync_Revoked_IsReadBackRevoked()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IAccessKeyStore>();
        var key = new AccessKey("0123456789abcdef", AccessRole.Unit, "ht-a", "hash", "admin", DateTimeOffset.UnixEpoch, null, null);
        await store.AddAsync(key, Ct);

        await store.SaveAsync(key with { RevokedAt = DateTimeOffset.UnixEpoch.AddDays(1) }, Ct);

        Assert.Equal(DateTimeOffset.UnixEpoch.AddDays(1), (await store.GetAsync(key.Id, Ct))!.RevokedAt);
        Assert.Null(await store.GetAsync("fedcba9876543210", Ct));
    }
}
