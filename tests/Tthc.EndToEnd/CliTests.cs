using System.Net.Sockets;
using System.Text.Json;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>The <c>tthc</c> command itself, run as a process.</summary>
public sealed class CliTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Parse_Json_PrintsExactlyTheParseResultContract()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("tthc-parse-").FullName, "xa-a-2025-q3.csv");
        await File.WriteAllTextAsync(file, "unit,period,indicator,value\nxa-a,2025-Q3,dossiers.received,267.922\nxa-a,2025-Q3,rate.digitized_dossiers,\"98,9\"\n", TestContext.Current.CancellationToken);

        var (exitCode, output, _) = await TthcProcess.RunAsync("parse", file, "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["file", "format", "unit", "period", "indicators", "findings", "notValues"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("xa-a-2025-q3.csv", root.GetProperty("file").GetString());
        Assert.Equal(["name", "level", "province", "code"], root.GetProperty("unit").EnumerateObject().Select(p => p.Name));
        var period = root.GetProperty("period");
        Assert.Equal("quarter", period.GetProperty("kind").GetString());
        Assert.Equal(3, period.GetProperty("index").GetInt32());
        Assert.Equal("2025-06-15", period.GetProperty("from").GetString());
        Assert.Equal("2025-09-14", period.GetProperty("to").GetString());
        Assert.False(period.GetProperty("stated").GetBoolean());
        var received = root.GetProperty("indicators")[0];
        Assert.Equal(["code", "value", "derived", "confidence", "evidence"], received.EnumerateObject().Select(p => p.Name));
        Assert.Equal(267922, received.GetProperty("value").GetInt64());
        Assert.Equal(2, received.GetProperty("evidence").GetProperty("line").GetInt32());
        Assert.Equal(98.9m, root.GetProperty("indicators")[1].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Parse_NotAReport_ExitsTwoWithReasonOnStandardError()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("tthc-parse-").FullName, "rac.bin");
        await File.WriteAllBytesAsync(file, [0, 1, 2, 3, 255, 254, 0, 0, 7], TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await TthcProcess.RunAsync("parse", file, "--json");

        Assert.Equal(2, exitCode);
        Assert.Empty(output.Trim());
        Assert.Contains("rac.bin", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WithoutStorageOrAdminKeySetting_StartsAzuriteMakesAKeyShowsItOnceAndStopsOnCtrlC()
    {
        var keyFile = Path.Combine(Directory.CreateTempSubdirectory("tthc-key-").FullName, "admin-key");
        using var serve = TthcProcess.Start(
            new Dictionary<string, string?> { ["Storage__ConnectionString"] = string.Empty, ["Auth__AdminKey"] = string.Empty },
            "serve",
            "--port",
            "0",
            "--admin-key-file",
            keyFile);

        var address = await serve.WaitForServeAddressAsync(TimeSpan.FromSeconds(150));
        Assert.True(address is not null, serve.StandardOutput + serve.StandardError);
        var storageLine = serve.StandardOutput.Split('\n').First(l => l.StartsWith("Storage:", StringComparison.Ordinal));
        Assert.Contains("Azurite was started", storageLine, StringComparison.Ordinal);
        var azuriteBlobPort = int.Parse(storageLine.Split("blob ")[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
        var keyLine = serve.StandardOutput.Split('\n').Single(l => l.StartsWith("Admin key", StringComparison.Ordinal));
        var key = (await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken)).Trim();
        Assert.Contains($"kept in {keyFile}): {key}", keyLine, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        using (var http = new HttpClient { BaseAddress = address })
        {
            using var anonymous = await http.GetAsync("api/rollups/ha-tinh/2026-Q1", TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            using var response = await http.GetAsync("api/rollups/ha-tinh/2026-Q1", TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        serve.Interrupt();
        await serve.WaitForExitAsync(TimeSpan.FromSeconds(30));

        // A clean stop: 0, or 130 (the Unix code for SIGINT) when System.CommandLine reports the interruption itself.
        Assert.Contains(serve.ExitCode, new[] { 0, 130 });
        Assert.False(await IsListeningAsync(azuriteBlobPort));
    }

    [Fact]
    public async Task Serve_StorageConnectionStringOption_UsesThatStorageAndStartsNoAzurite()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        const string AdminKey = "tthc_0123456789abcdef_test-admin-key-set-by-the-environment";
        using var serve = TthcProcess.Start(
            new Dictionary<string, string?> { ["Storage__ConnectionString"] = string.Empty, ["Auth__AdminKey"] = AdminKey },
            "serve",
            "--port",
            "0",
            $"--Storage:ConnectionString={azurite.ConnectionString}",
            $"--ReportsContainer=reports-{suffix}",
            $"--ParseQueue=parse-{suffix}",
            $"--Storage:TablePrefix=t{suffix}");

        var address = await serve.WaitForServeAddressAsync(TimeSpan.FromSeconds(150));
        Assert.True(address is not null, serve.StandardOutput + serve.StandardError);
        Assert.Contains("from configuration", serve.StandardOutput.Split('\n').First(l => l.StartsWith("Storage:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("Admin key: the Auth:AdminKey setting.", serve.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminKey, serve.StandardOutput, StringComparison.Ordinal);
        using (var http = new HttpClient { BaseAddress = address })
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminKey);
            using var response = await http.GetAsync("api/rollups/ha-tinh/2026-Q1", TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        // The container it created is the one named on the command line, in the Azurite given there.
        var container = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, $"reports-{suffix}");
        Assert.True(await container.ExistsAsync(TestContext.Current.CancellationToken));
        serve.Interrupt();
        await serve.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Serve_AzuriteNotInstalled_SaysRunNpmCiOnOneLineAndExitsThree()
    {
        // The command as installed outside the repository: no node_modules/azurite above it or its working folder.
        var folder = Directory.CreateTempSubdirectory("tthc-no-npm-").FullName;
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        using var serve = TthcProcess.StartIn(folder, new Dictionary<string, string?> { ["Storage__ConnectionString"] = string.Empty }, "serve", "--port", "0");
        await serve.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, serve.ExitCode);
        var line = Assert.Single(serve.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("npm ci", line, StringComparison.Ordinal);
        Assert.Empty(serve.StandardOutput.Trim());
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
