using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Tthc.Core.Access;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>Registry loads over real HTTP on Azurite: a unit belongs to one province at a time; big drops need confirm; every load is kept.</summary>
public sealed class RegistryIntegrityTests(AzuriteFixture azurite)
{
    private static readonly string HaTinh = Reports.RegistryHeader +
        "ha-tinh,Tỉnh Hà Tĩnh,province,ha-tinh,,,,\n" +
        string.Concat(Enumerable.Range(1, 5).Select(i => $"ht-{i},Xã {i} (thử nghiệm),commune,ha-tinh,ha-tinh,2025-07-01,,\n"));

    [Fact]
    public async Task Load_UnitOfAnotherProvinceForTheSameTime_Refused409NamingTheRows_AndNothingStored()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(HaTinh);
        var hungYen = await host.ClientForAsync(AccessRole.Province, "hung-yen");
        var moving = Reports.RegistryHeader +
            "hy-1,Xã Một (thử nghiệm),commune,hung-yen,hung-yen,,,\n" +
            "ht-2,Xã 2 (thử nghiệm),commune,hung-yen,hung-yen,2026-01-01,,\n";

        using var response = await hungYen.PutAsync("api/registry/hung-yen", new StringContent(moving, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("ht-2 (2026-01-01..…) thuộc / belongs to ha-tinh (2025-07-01..…)", detail, StringComparison.Ordinal);
        using var stored = await hungYen.GetAsync("api/registry/hung-yen", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Load_SameUnitBeforeItMoved_Accepted()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(HaTinh);

        // The old province held the unit until the day before it joined Hà Tĩnh: disjoint windows, no conflict.
        await host.LoadRegistryAsync(Reports.RegistryHeader + "ht-2,Xã 2 (thử nghiệm),commune,quang-binh,quang-binh,,2025-06-30,\n");
    }

    [Fact]
    public async Task Load_DroppingMoreThanTheShare_NeedsConfirm_AndEveryLoadIsKept()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(HaTinh);
        var province = await host.ClientForAsync(AccessRole.Province, "ha-tinh");
        var oneRow = Reports.RegistryHeader + "ht-1,Xã 1 (thử nghiệm),commune,ha-tinh,ha-tinh,2025-07-01,,\n";

        using var refused = await province.PutAsync("api/registry/ha-tinh", new StringContent(oneRow, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        var afterRefusal = await province.GetStringAsync("api/registry/ha-tinh", TestContext.Current.CancellationToken);
        using var confirmed = await province.PutAsync("api/registry/ha-tinh?confirm=true", new StringContent(oneRow, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("5/6", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("ht-5,", afterRefusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var container = new BlobContainerClient(azurite.ConnectionString, "reports-" + host.Suffix);
        var versions = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, "registry-versions/ha-tinh/", TestContext.Current.CancellationToken))
        {
            versions.Add(blob.Name);
        }

        Assert.Equal(2, versions.Count);
    }
}
