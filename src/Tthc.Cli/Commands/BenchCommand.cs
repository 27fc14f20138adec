using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tthc.Cli.Demo;
using Tthc.Cli.Keys;
using Tthc.Core.Access;
using Tthc.Core.Text;
using Tthc.LocalHosting;

namespace Tthc.Cli.Commands;

/// <summary>
/// <c>tthc bench</c>: pushes N synthetic unit reports through <c>serve</c> on Azurite over HTTP and prints
/// reports/second end to end and the rollup time of the resulting partition. A benchmark, not a test.
/// </summary>
internal static class BenchCommand
{
    private const string Province = "hung-yen";
    private const string Period = "2026-Q2";

    public static Command Create()
    {
        var reports = new Option<int>("--reports") { Description = "Số báo cáo / number of unit reports", DefaultValueFactory = _ => 1000 };
        var parallel = new Option<int>("--parallel") { Description = "Số yêu cầu đồng thời / concurrent uploads", DefaultValueFactory = _ => 16 };
        var scenario = new Option<string>("--scenario")
        {
            Description = "throughput: N reports end to end; rollup: 1,000 units × every indicator; nightly: 34 provinces × 12 periods, one dirty",
            DefaultValueFactory = _ => "throughput",
        };
        scenario.AcceptOnlyFromAmong("throughput", "rollup", "nightly");
        var command = new Command("bench", "Đo hiệu năng / measure throughput, rollup and nightly-job times") { reports, parallel, scenario };
        command.SetAction(async (result, cancellationToken) =>
        {
            return await LocalHostCommand.RunAsync(
                new LocalHostOptions { Port = 0, LogLevel = LogLevel.Warning },
                host => result.GetValue(scenario) switch
                {
                    "rollup" => RollupBenchmark.RunAsync(host, cancellationToken),
                    "nightly" => RollupBenchmark.RunNightlyAsync(host, cancellationToken),
                    _ => RunAsync(host, result.GetValue(reports), result.GetValue(parallel), cancellationToken),
                },
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(LocalHost host, int count, int parallel, CancellationToken cancellationToken)
    {
        // Keys as any client: admin → the province's key → one key per unit; each unit uploads with its own key.
        using var admin = ApiClients.WithKey(host.BaseAddress, host.AdminKey.Key);
        using var http = ApiClients.WithKey(host.BaseAddress, (await ApiClients.CreateKeyAsync(admin, AccessRole.Province, Province, null, cancellationToken)).Key, TimeSpan.FromMinutes(5));
        var units = Enumerable.Range(1, count).Select(i => $"{Province}-bench-{i:D5}").ToList();
        var registry = new StringBuilder("code,name,level,province,parent,valid_from,valid_to,aliases\n");
        foreach (var unit in units)
        {
            registry.Append(CultureInfo.InvariantCulture, $"{unit},Xã thử tải {unit[^5..]} (giả lập),commune,{Province},{Province},,,\n");
        }

        await ApiClients.EnsureSuccessAsync(await http.PutAsync($"api/registry/{Province}", new StringContent(registry.ToString(), Encoding.UTF8, "text/csv"), cancellationToken), cancellationToken);
        var keys = new string[units.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, units.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (i, ct) =>
            keys[i] = (await ApiClients.CreateKeyAsync(http, AccessRole.Unit, units[i], null, ct)).Key);
        var random = new Random(7);
        var bodies = units.Select(u => (Unit: u, Csv: SyntheticReports.CanonicalCsv(u, Period, random))).ToList();

        Console.Out.WriteLine($"Pushing {count} reports through {host.BaseAddress} ({parallel} concurrent uploads, storage: Azurite)…");
        var json = TthcJson.Options;
        var ids = new string[bodies.Count];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, bodies.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            using var upload = new HttpRequestMessage(HttpMethod.Post, $"api/reports/{bodies[i].Unit}/{bodies[i].Unit}.csv") { Content = new StringContent(bodies[i].Csv, Encoding.UTF8, "text/csv") };
            upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", keys[i]);
            using var response = await http.SendAsync(upload, ct);
            await ApiClients.EnsureSuccessAsync(response, ct);
            ids[i] = (await response.Content.ReadFromJsonAsync<JsonElement>(json, ct)).GetProperty("submissionId").GetString()!;
        });
        var uploaded = clock.Elapsed;

        // Waits on each submission in upload order with point reads (a partition scan per poll would load the emulator itself).
        foreach (var id in ids)
        {
            while (clock.Elapsed < TimeSpan.FromMinutes(10)
                && (await http.GetFromJsonAsync<JsonElement>($"api/submissions/{id}", json, cancellationToken)).GetProperty("status").GetString() is "received" or "parsed")
            {
                await Task.Delay(20, cancellationToken);
            }
        }

        var total = clock.Elapsed;
        var written = (await http.GetFromJsonAsync<JsonElement>($"api/rollups/{Province}/{Period}/units", json, cancellationToken)).GetProperty("units").GetArrayLength();
        var rollupTimes = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var rollupClock = Stopwatch.StartNew();
            (await http.PostAsync($"api/rollups/{Province}/{Period}", null, cancellationToken)).EnsureSuccessStatusCode();
            rollupTimes.Add(rollupClock.Elapsed.TotalMilliseconds);
        }

        rollupTimes.Sort();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reports accepted: {written}/{count}"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"upload phase: {uploaded.TotalSeconds:F2} s ({count / uploaded.TotalSeconds:F1} uploads/s)"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"end to end (upload → rows written): {total.TotalSeconds:F2} s = {written / total.TotalSeconds:F1} reports/s (target ≥ 50)"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rollup of the {written}-unit partition over HTTP (POST, recompute + store): median {rollupTimes[2]:F0} ms, min {rollupTimes[0]:F0} ms, max {rollupTimes[^1]:F0} ms (target < 1000 ms)"));
        return written == count ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
