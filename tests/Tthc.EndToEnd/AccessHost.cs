using System.Text;
using Tthc.Core.Access;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>
/// One <c>serve</c> host for the whole access matrix: Hà Tĩnh with units ht-a and ht-b, Hưng Yên with hy-a, one report of
/// ht-a already in, and the callers of the matrix by name.
/// </summary>
public sealed class AccessHost(AzuriteFixture azurite) : IAsyncLifetime
{
    public const string Registry = Reports.RegistryHeader +
        "ha-tinh,Tỉnh Hà Tĩnh,province,ha-tinh,,,,\n" +
        "ht-a,Xã A (thử nghiệm),commune,ha-tinh,ha-tinh,,,\n" +
        "ht-b,Xã B (thử nghiệm),commune,ha-tinh,ha-tinh,,,\n" +
        "hung-yen,Tỉnh Hưng Yên,province,hung-yen,,,,\n" +
        "hy-a,Xã A Hưng Yên (thử nghiệm),commune,hung-yen,hung-yen,,,\n";

    private TestHost? host;

    internal TestHost Host => host ?? throw new InvalidOperationException("not started");

    /// <summary>A submission of ht-a.</summary>
    public string SubmissionId { get; private set; } = string.Empty;

    public static string HaTinhRegistry => string.Concat(Registry.Split('\n').Where(l => l.StartsWith("code,", StringComparison.Ordinal) || l.Contains(",ha-tinh,", StringComparison.Ordinal)).Select(l => l + "\n"));

    public static string Report(string unit) => Reports.Csv(unit, "2026-Q1", Reports.Counts(1, 10, 5, 2, 90m));

    public async ValueTask InitializeAsync()
    {
        host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Registry);
        SubmissionId = await host.UploadAsync("ht-a", "q1.csv", Encoding.UTF8.GetBytes(Report("ht-a")));
    }

    /// <summary>A client for a caller of the matrix: <c>none</c>, <c>admin</c>, <c>province:{code}</c> or <c>unit:{code}</c>.</summary>
    internal async Task<HttpClient> ClientAsync(string caller) => caller switch
    {
        "none" => Host.Anonymous,
        "admin" => Host.Http,
        _ => await Host.ClientForAsync(caller.StartsWith("province:", StringComparison.Ordinal) ? AccessRole.Province : AccessRole.Unit, caller[(caller.IndexOf(':') + 1)..]),
    };

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
