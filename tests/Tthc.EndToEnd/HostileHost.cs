using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>One <c>serve</c> host for the hostile-upload suite (one per test class, as the suite stays fast).</summary>
public sealed class HostileHost(AzuriteFixture azurite) : IAsyncLifetime
{
    public const string Registry = Reports.RegistryHeader +
        "quang-ninh,Tỉnh Quảng Ninh,province,quang-ninh,,,,\n" +
        "qn-a,Xã A (thử nghiệm),commune,quang-ninh,quang-ninh,,,\n";

    private TestHost? host;

    internal TestHost Host => host ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Upload:MaxRegistryBytes"] = "12000000" });
        await host.LoadRegistryAsync(Registry);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
