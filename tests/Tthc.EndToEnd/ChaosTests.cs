using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Tthc.LocalHosting.Emulator;
using Tthc.Pipeline.Ports;
using Tthc.Storage;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>
/// Issue 13's chaos suite, bounded in time: storage, <c>serve</c> and its own Azurite killed mid-batch, and a nightly
/// run that throws. After each, every upload answered 202 is there exactly once and reaches a final status; none is stuck.
/// </summary>
public sealed class ChaosTests(AzuriteFixture azurite)
{
    private const string Province = "ninh-binh";
    private const string Period = "2026-Q1";
    private const int Units = 12;

    private static readonly string Registry = Reports.RegistryHeader + "ninh-binh,Tỉnh Ninh Bình,province,ninh-binh,,,,\n" +
        string.Concat(Enumerable.Range(1, Units).Select(i => $"nb-c-{i},Xã {i} (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Recovery settings short enough for a test: messages reappear after 2 s, the sweeper runs every second.</summary>
    private static Dictionary<string, string?> Recovery => new()
    {
        ["Worker:VisibilityTimeout"] = "00:00:02",
        ["Worker:MaxDequeueCount"] = "10",
        ["SweepSchedule"] = "* * * * * *",
        ["Worker:SweepAfter"] = "00:00:03",
    };

    [Fact]
    public async Task AzuriteOnDiskKilledAndRestartedMidBatch_EveryAcceptedUploadIsThereOnce()
    {
        var folder = Directory.CreateTempSubdirectory("tthc-chaos-azurite-");
        await using var emulator = await AzuriteEmulator.StartAsync(new AzuriteOptions { Location = folder.FullName }, Ct);
        var settings = Recovery;
        settings["Storage:MaxRetries"] = "1";
        settings["Storage:RetryDelay"] = "00:00:00.100";
        settings["Storage:NetworkTimeout"] = "00:00:02";
        await using var host = await TestHost.StartAsync(emulator.ConnectionString, settings);
        await host.LoadRegistryAsync(Registry);

        // The outage comes after the fourth 202, while the other uploads are still being sent.
        var accepted = new Dictionary<string, string>();
        var outage = Task.CompletedTask;
        for (var i = 1; i <= Units; i++)
        {
            if (await TryUploadAsync(host.Http, i) is { } id)
            {
                accepted[Unit(i)] = id;
            }

            if (accepted.Count == 4 && outage.IsCompleted && emulator.ProcessId is not null)
            {
                await emulator.StopAsync();
                outage = Task.Run(
                    async () =>
                    {
                        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
                        await emulator.RestartAsync(Ct);
                    },
                    Ct);
            }
        }

        await outage;

        // Units whose upload was refused during the outage upload again, as a person would.
        for (var i = 1; i <= Units; i++)
        {
            if (!accepted.ContainsKey(Unit(i)))
            {
                accepted[Unit(i)] = await UploadUntilAcceptedAsync(host.Http, i);
            }
        }

        await AssertEachThereOnceAsync(host.Http, accepted);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task ServeKilledMidBatchAndStartedAgain_EveryAcceptedUploadIsThereOnce()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var adminKey = Tthc.Core.Access.AccessKeySecret.Generate().Key;
        string[] arguments =
        [
            "serve", "--port", "0",
            $"--Storage:ConnectionString={azurite.ConnectionString}", $"--ReportsContainer=reports-{suffix}", $"--ParseQueue=parse-{suffix}", $"--Storage:TablePrefix=t{suffix}",
            .. Recovery.Select(s => $"--{s.Key}={s.Value}"),
        ];
        var environment = new Dictionary<string, string?> { ["Storage__ConnectionString"] = string.Empty, ["Auth__AdminKey"] = adminKey };

        var accepted = new Dictionary<string, string>();
        using (var first = TthcProcess.Start(environment, arguments))
        {
            var firstAddress = await first.WaitForServeAddressAsync(TimeSpan.FromSeconds(150));
            Assert.True(firstAddress is not null, first.StandardOutput + first.StandardError);
            using var http = Client(firstAddress, adminKey);
            using (var registry = await http.PutAsync($"api/registry/{Province}", new StringContent(Registry, Encoding.UTF8, "text/csv"), Ct))
            {
                Assert.Equal(HttpStatusCode.OK, registry.StatusCode);
            }

            // Killed (SIGKILL, no graceful stop) after the sixth 202, with messages in flight.
            for (var i = 1; i <= 6; i++)
            {
                accepted[Unit(i)] = await UploadUntilAcceptedAsync(http, i);
            }

            Process.GetProcessById(first.Id).Kill(entireProcessTree: true);
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.Null(await TryUploadAsync(http, 7));
        }

        using var second = TthcProcess.Start(environment, arguments);
        var secondAddress = await second.WaitForServeAddressAsync(TimeSpan.FromSeconds(150));
        Assert.True(secondAddress is not null, second.StandardOutput + second.StandardError);
        using var again = Client(secondAddress, adminKey);
        for (var i = 7; i <= Units; i++)
        {
            accepted[Unit(i)] = await UploadUntilAcceptedAsync(again, i);
        }

        await AssertEachThereOnceAsync(again, accepted);
        Assert.False(second.HasExited);
        second.Interrupt();
        await second.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task QueueGoneMidBatch_EveryAcceptedUploadIsThereOnce()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, Recovery);
        await host.LoadRegistryAsync(Registry);
        var queue = new Azure.Storage.Queues.QueueClient(azurite.ConnectionString, "parse-" + host.Suffix);

        var accepted = new Dictionary<string, string>();
        for (var i = 1; i <= Units; i++)
        {
            if (i == 5)
            {
                await queue.DeleteAsync(Ct);
            }

            if (i == 9)
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: Ct);
            }

            accepted[Unit(i)] = await UploadUntilAcceptedAsync(host.Http, i);
        }

        await AssertEachThereOnceAsync(host.Http, accepted);
    }

    [Fact]
    public async Task TwoVersionsUploadedAtOnce_ExactlyOneIsCurrentAndItIsTheRollups()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Registry);

        for (var i = 1; i <= 6; i++)
        {
            var ids = await Task.WhenAll(
                UploadUntilAcceptedAsync(host.Http, i),
                UploadUntilAcceptedAsync(host.Http, i, Period, Reports.Csv(Unit(i), Period, Reports.Counts(i, 20 * i, i, 2, 80m))));
            foreach (var id in ids)
            {
                Assert.Equal("accepted", (await host.WaitForSubmissionAsync(id)).GetProperty("status").GetString());
            }

            // A version is marked superseded just after its own save or the other's write: read both once that has settled.
            var versions = new List<JsonElement>();
            await WaitUntilAsync(async () =>
            {
                versions = [await host.GetJsonAsync($"api/submissions/{ids[0]}"), await host.GetJsonAsync($"api/submissions/{ids[1]}")];
                return versions.Count(v => v.GetProperty("supersededBy").ValueKind == JsonValueKind.Null) == 1;
            });
            var current = Assert.Single(versions, v => v.GetProperty("supersededBy").ValueKind == JsonValueKind.Null);
            Assert.Equal(current.GetProperty("submissionId").GetString(), versions.Single(v => v.GetProperty("supersededBy").ValueKind != JsonValueKind.Null).GetProperty("supersededBy").GetString());
            var row = (await host.GetJsonAsync($"api/rollups/{Province}/{Period}/units")).GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == Unit(i));
            Assert.Equal(current.GetProperty("submissionId").GetString(), row.GetProperty("submissionId").GetString());
        }
    }

    [Fact]
    public async Task ServesOwnAzuriteKilled_ServeStartsItAgainAndSaysSo_AndExitsFourWhenItCannot()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("Finds serve's Azurite through /proc.");
        }

        // serve as installed in a folder of its own, whose node_modules/azurite is a link the test can take away.
        var folder = Directory.CreateTempSubdirectory("tthc-chaos-serve-").FullName;
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var azuriteScript = AzuriteEmulator.FindScript()!;
        var link = Path.Combine(folder, "node_modules", "azurite");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        Directory.CreateSymbolicLink(link, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(azuriteScript)!, "..", "..")));

        var adminKey = Tthc.Core.Access.AccessKeySecret.Generate().Key;
        using var serve = TthcProcess.StartIn(folder, new Dictionary<string, string?> { ["Storage__ConnectionString"] = string.Empty, ["Auth__AdminKey"] = adminKey }, "serve", "--port", "0");
        var address = await serve.WaitForServeAddressAsync(TimeSpan.FromSeconds(150));
        Assert.True(address is not null, serve.StandardOutput + serve.StandardError);
        using var http = Client(address, adminKey);

        var firstAzurite = ChildProcessIds(serve.Id).Single();
        KillAndWait(firstAzurite);
        Assert.NotNull(await serve.WaitForOutputAsync("Azurite started again", TimeSpan.FromSeconds(90)));
        using (var registry = await http.PutAsync($"api/registry/{Province}", new StringContent(Registry, Encoding.UTF8, "text/csv"), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, registry.StatusCode);
        }

        var secondAzurite = ChildProcessIds(serve.Id).Single();
        Assert.NotEqual(firstAzurite, secondAzurite);

        // Now Azurite is gone for good: serve must stop with code 4 and say why, not answer 500 forever.
        Directory.Delete(link);
        KillAndWait(secondAzurite);
        await serve.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(4, serve.ExitCode);
        Assert.Contains("could not be started again", serve.StandardError, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task NightlyRunThatThrows_HostKeepsRunning_OtherPartitionsAreRebuiltAndTheFailureIsRecorded()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["RollupSchedule"] = "* * * * * *" });
        await host.LoadRegistryAsync(Registry);
        var clients = host.Host.Services.GetRequiredService<StorageClients>();
        var rollups = host.Host.Services.GetRequiredService<IRollupStore>();

        // A whole run throws: the Rollups table is gone for a few runs.
        await clients.Rollups.DeleteAsync(Ct);
        Assert.Equal("accepted", (await host.WaitForSubmissionAsync(await UploadUntilAcceptedAsync(host.Http, 1))).GetProperty("status").GetString());
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        await host.Host.Services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(Ct);
        await WaitUntilAsync(async () => await rollups.GetAsync(Province, Period, Ct) is not null);

        // One partition's stored rollup is garbled (not JSON): it fails on every run, and the partition after it is still
        // rebuilt (2025-Q4 comes before 2026-Q1 in the table). Before issue 13 this JsonException stopped the job and the host.
        var corrupt = new TableEntity($"{Province}|2025-Q4", "rollup") { ["SourceVersion"] = "corrupt", ["DocumentChunks"] = 1, ["Document0"] = "{not json" };
        await clients.Rollups.UpsertEntityAsync(corrupt, TableUpdateMode.Replace, Ct);
        await UploadUntilAcceptedAsync(host.Http, 2, "2025-Q4");
        await UploadUntilAcceptedAsync(host.Http, 3, Period);

        await WaitUntilAsync(async () => await rollups.GetFailureAsync(Province, "2025-Q4", Ct) is not null
            && (await rollups.GetAsync(Province, Period, Ct))?.Rollup.ReportedUnits == 2);

        var failure = (await rollups.GetFailureAsync(Province, "2025-Q4", Ct))!;
        Assert.Contains("JsonException", failure.Reason, StringComparison.Ordinal);
        using var alive = await host.Http.GetAsync($"api/rollups/{Province}/{Period}", Ct);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    private static string Unit(int i) => $"nb-c-{i}";

    private static byte[] Body(int i, string period = Period) => Encoding.UTF8.GetBytes(Reports.Csv(Unit(i), period, Reports.Counts(i, 10 * i, i, 1, 90m)));

    /// <summary>One upload; the submission id on 202, null on any other answer or no answer (storage or serve down).</summary>
    private static async Task<string?> TryUploadAsync(HttpClient http, int i, string period = Period, string? csv = null)
    {
        try
        {
            using var response = await http.PostAsync($"api/reports/{Unit(i)}/r{i}.csv", new ByteArrayContent(csv is null ? Body(i, period) : Encoding.UTF8.GetBytes(csv)), Ct);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                Assert.True((int)response.StatusCode >= 500, $"{(int)response.StatusCode}: an outage answers 5xx, not a client error");
                return null;
            }

            return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("submissionId").GetString();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<string> UploadUntilAcceptedAsync(HttpClient http, int i, string period = Period, string? csv = null)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await TryUploadAsync(http, i, period, csv) is { } id)
            {
                return id;
            }

            await Task.Delay(500, Ct);
        }

        throw new TimeoutException($"{Unit(i)} was never accepted.");
    }

    /// <summary>Every 202 reaches <c>accepted</c>; each unit has one current submission in the rollup, and it is the one answered last.</summary>
    private static async Task AssertEachThereOnceAsync(HttpClient http, Dictionary<string, string> accepted)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        foreach (var (unit, id) in accepted)
        {
            string? status;
            do
            {
                using var response = await http.GetAsync($"api/submissions/{id}", Ct);
                status = response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("status").GetString() : null;
                if (status is "accepted")
                {
                    break;
                }

                await Task.Delay(200, Ct);
            }
            while (DateTime.UtcNow < until);

            Assert.True(status == "accepted", $"{unit} {id}: {status ?? "not found"} (stuck)");
            var list = JsonDocument.Parse(await http.GetStringAsync($"api/units/{unit}/submissions", Ct)).RootElement.GetProperty("submissions");
            Assert.Equal([id], list.EnumerateArray().Where(s => s.GetProperty("supersededBy").ValueKind == JsonValueKind.Null && s.GetProperty("status").GetString() == "accepted").Select(s => s.GetProperty("submissionId").GetString()));
        }

        var units = JsonDocument.Parse(await http.GetStringAsync($"api/rollups/{Province}/{Period}/units", Ct)).RootElement.GetProperty("units");
        Assert.Equal(accepted.OrderBy(a => a.Key).Select(a => (a.Key, a.Value)), units.EnumerateArray().Select(u => (u.GetProperty("unit").GetString()!, u.GetProperty("submissionId").GetString()!)).OrderBy(u => u.Item1));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "condition not met within 60 s");
            await Task.Delay(250, Ct);
        }
    }

    private static HttpClient Client(Uri address, string key)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static int[] ChildProcessIds(int pid) =>
        [.. Directory.GetDirectories($"/proc/{pid}/task").SelectMany(t => File.ReadAllText(Path.Combine(t, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse)];

    private static void KillAndWait(int pid)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
