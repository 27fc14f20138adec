using System.Diagnostics;
using Tthc.Core.Access;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>scripts/smoke.sh, the deployment check of the README, run against <c>serve</c> (same routes as the Functions app).</summary>
public sealed class SmokeScriptTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SmokeScript_AgainstServeWithAProvinceKey_KeepsTheRegistryUploadsAndFindsTheValueInTheRollup()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Reports.RegistryHeader + "ha-tinh-xa-that,Xã Thật (thử nghiệm),commune,ha-tinh,ha-tinh,,,\n");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryFolders.Root, "scripts", "smoke.sh"));
        start.Environment["TTHC_BASE_URL"] = host.Host.BaseAddress.ToString();
        start.Environment["TTHC_AUTH_HEADER"] = string.Empty;
        start.Environment["TTHC_KEY"] = await host.KeyAsync(AccessRole.Province, "ha-tinh");

        using var smoke = Process.Start(start)!;
        var output = smoke.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = smoke.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await smoke.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(smoke.ExitCode == 0, await output + await error);
        Assert.Contains("— OK", await output, StringComparison.Ordinal);
        var registry = await host.Http.GetStringAsync("api/registry/ha-tinh", TestContext.Current.CancellationToken);
        Assert.Contains("ha-tinh-xa-that,", registry, StringComparison.Ordinal);
        Assert.Contains("smoke-ha-tinh,", registry, StringComparison.Ordinal);
    }
}
