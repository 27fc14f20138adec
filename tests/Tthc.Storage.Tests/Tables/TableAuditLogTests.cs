using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Access;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;
using Tthc.Testing;

namespace Tthc.Storage.Tests.Tables;

public sealed class TableAuditLogTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueryAsync_ProvinceAndWindow_ReturnsThoseEntriesOldestFirst()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var log = services.GetRequiredService<IAuditLog>();
        var caller = new Caller("k1", AccessRole.Province, "ha-tinh");
        await log.AppendAsync(AuditEntry.By(caller, T0.AddMinutes(2), AuditActions.RegistryLoad, "ha-tinh", "registry/ha-tinh", "3 rows", "4 rows"), Ct);
        await log.AppendAsync(AuditEntry.By(caller, T0, AuditActions.KeyCreate, "ha-tinh", "key-1"), Ct);
        await log.AppendAsync(AuditEntry.By(caller, T0.AddMinutes(10), AuditActions.KeyRevoke, "ha-tinh", "key-1"), Ct);
        await log.AppendAsync(AuditEntry.By(Caller.Admin, T0.AddMinutes(1), AuditActions.KeyCreate, "hung-yen", "key-2"), Ct);
        await log.AppendAsync(AuditEntry.By(Caller.Admin, T0.AddMinutes(1), AuditActions.KeyCreate, null, "key-3"), Ct);

        var window = await log.QueryAsync("ha-tinh", T0, T0.AddMinutes(2), Ct);
        var all = await log.QueryAsync(null, null, null, Ct);

        Assert.Equal(["key-1", "registry/ha-tinh"], window.Select(e => e.Target));
        Assert.Equal(new AuditEntry(T0.AddMinutes(2), "k1", AccessRole.Province, AuditActions.RegistryLoad, "ha-tinh", "registry/ha-tinh", "3 rows", "4 rows"), window[1]);
        Assert.Equal(5, all.Count);
        Assert.Null(all.Single(e => e.Target == "key-3").Province);
    }
}
