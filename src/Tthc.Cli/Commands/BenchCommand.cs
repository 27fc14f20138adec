using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime;
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
    private const string WarmUpPeriod = "2025"; // a year: another kind, so the timed quarter has no history to compare with
    private const int WarmUpRound = 32;
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(90);

    public static Command Create()
    {
        var reports = new Option<int>("--reports") { Description = "Số báo cáo / number of unit reports", DefaultValueFactory = _ => 1000 };
        var parallel = new Option<int>("--parallel") { Description = "Số yêu cầu đồng thời / concurrent uploads", DefaultValueFactory = _ => 16 };
        var scenario = new Option<string>("--scenario")
        {
            Description = "throughput: N reports end to end (and peak memory); rollup: 1,000 units × every indicator; nightly: 34 provinces × 12 periods, one dirty; memory: eight 19 MB text reports at once (peak memory); ocr: reports drawn as scans and read back (s/page, memory)",
            DefaultValueFactory = _ => "throughput",
        };
        scenario.AcceptOnlyFromAmong("throughput", "rollup", "nightly", "memory", "ocr");
        var breakdown = new Option<bool>("--breakdown") { Description = "throughput: đếm và đo từng lệnh gọi lưu trữ / count and time every storage call and request (where the time goes; costs some CPU itself)" };
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "ocr: thư mục báo cáo văn bản (*.txt) / a folder of report texts to draw as scans (default: synthetic reports)" };
        var command = new Command("bench", "Đo hiệu năng / measure throughput, memory, rollup, nightly-job and OCR times") { reports, parallel, scenario, folder, breakdown };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(scenario) == "ocr")
            {
                // Offline: no storage, the local OCR engine on scans of the given (or synthetic) reports.
                return await OcrBenchmark.RunAsync(result.GetValue(folder)?.FullName, result.GetResult(reports) is { Implicit: false } ? result.GetValue(reports) : 5, cancellationToken);
            }

            // Before the host makes its storage clients: the SDK reads the switch once.
            var timed = result.GetValue(breakdown);
            if (timed)
            {
                OperationTimings.EnableAzureActivities();
            }

            return await LocalHostCommand.RunAsync(
                new LocalHostOptions { Port = 0, LogLevel = LogLevel.Warning },
                host => result.GetValue(scenario) switch
                {
                    "rollup" => RollupBenchmark.RunAsync(host, cancellationToken),
                    "nightly" => RollupBenchmark.RunNightlyAsync(host, cancellationToken),
                    "memory" => RunMemoryAsync(host, cancellationToken),
                    _ => RunAsync(host, result.GetValue(reports), result.GetValue(parallel), timed, cancellationToken),
                },
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(LocalHost host, int count, int parallel, bool breakdown, CancellationToken cancellationToken)
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

        var json = TthcJson.Options;

        // Warm-up, not timed: serve runs for days, so the figure is its steady state, not the JIT's. Tiered compilation
        // recompiles hot methods in the background for a while after their first calls (on 2 cores that took up to 40% of
        // serve's CPU through a whole 600-report run after 32 warm-up reports), so rounds of reports of another period
        // (another partition) are pushed until two rounds in a row spend under 5% of their time in the JIT (one quiet round
        // can be a pause before the next tier's recompilations). Each round's unit gets a new file, so later rounds also
        // run the replacement path.
        var warmUp = Stopwatch.StartNew();
        var warmUpReports = 0;
        var quietRounds = 0;
        while (quietRounds < 2 && warmUp.Elapsed < WarmUpLimit)
        {
            var jitBefore = JitInfo.GetCompilationTime();
            var round = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(warmUpReports, WarmUpRound), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (n, ct) =>
            {
                var i = n % units.Count;
                using var upload = new HttpRequestMessage(HttpMethod.Post, $"api/reports/{units[i]}/warm-up-{n}.csv") { Content = new StringContent(SyntheticReports.CanonicalCsv(units[i], WarmUpPeriod, new Random(n)), Encoding.UTF8, "text/csv") };
                upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", keys[i]);
                using var response = await http.SendAsync(upload, ct);
                await ApiClients.EnsureSuccessAsync(response, ct);
                var id = (await response.Content.ReadFromJsonAsync<JsonElement>(json, ct)).GetProperty("submissionId").GetString()!;
                while ((await admin.GetFromJsonAsync<JsonElement>($"api/submissions/{id}", json, ct)).GetProperty("status").GetString() is "received" or "parsed")
                {
                    await Task.Delay(100, ct);
                }
            });
            warmUpReports += WarmUpRound;
            quietRounds = JitInfo.GetCompilationTime() - jitBefore < round.Elapsed * 0.05 ? quietRounds + 1 : 0;
        }

        var settled = quietRounds >= 2;

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up (not timed): {warmUpReports} reports of another period in {warmUp.Elapsed.TotalSeconds:F1} s, {(settled ? "until the JIT settled" : "stopped at the time limit before the JIT settled")} ({JitInfo.GetCompiledMethodCount()} methods compiled, {JitInfo.GetCompilationTime().TotalSeconds:F1} s of JIT so far)"));
        Console.Out.WriteLine($"Pushing {count} reports through {host.BaseAddress} ({parallel} concurrent uploads, storage: Azurite)…");
        var ids = new string[bodies.Count];
        await using var memory = WorkingSetSampler.Start();
        using var timings = breakdown ? OperationTimings.Start() : null;
        var cpu = CpuTimes(host);
        var jit = JitInfo.GetCompilationTime();
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
        // Each report's wait from upload to its final status (the queue, the worker's polls and its processing). The bench
        // watches with the admin key: a unit or province key costs a key read and a scope read per poll, load that is the
        // observer's, not the pipeline's.
        var latencies = new List<double>();
        foreach (var id in ids)
        {
            JsonElement submission;
            while ((submission = await admin.GetFromJsonAsync<JsonElement>($"api/submissions/{id}", json, cancellationToken)).GetProperty("status").GetString() is "received" or "parsed"
                && clock.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(100, cancellationToken);
            }

            if (submission.TryGetProperty("processedAt", out var processedAt) && processedAt.ValueKind == JsonValueKind.String)
            {
                latencies.Add((processedAt.GetDateTimeOffset() - submission.GetProperty("uploadedAt").GetDateTimeOffset()).TotalMilliseconds);
            }
        }

        var total = clock.Elapsed;
        var cpuAfter = CpuTimes(host);
        var jitDuring = JitInfo.GetCompilationTime() - jit;
        timings?.Dispose();
        await memory.DisposeAsync();
        latencies.Sort();
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
        Console.Out.WriteLine($"memory (working set of the process running serve, upload → rows written): {memory.Describe()}");
        if (latencies.Count > 0)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"upload → processed, per report: median {latencies[latencies.Count / 2]:F0} ms, p90 {latencies[latencies.Count * 9 / 10]:F0} ms, max {latencies[^1]:F0} ms"));
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU used during the run: serve (and this bench) {(cpuAfter.Serve - cpu.Serve).TotalSeconds:F1} s, Azurite {(cpuAfter.Azurite - cpu.Azurite).TotalSeconds:F1} s, in {total.TotalSeconds:F1} s of wall time on {Environment.ProcessorCount} cores; JIT compiling in serve's process: {jitDuring.TotalSeconds:F2} s"));
        if (timings is not null)
        {
            Console.Out.WriteLine("where the time goes (storage calls by the Azure SDK, HTTP requests served; concurrent, so totals overlap):");
            Console.Out.Write(timings.Describe(count));
        }
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rollup of the {written}-unit partition over HTTP (POST, recompute + store): median {rollupTimes[2]:F0} ms, min {rollupTimes[0]:F0} ms, max {rollupTimes[^1]:F0} ms (target < 1000 ms)"));
        return written == count ? ExitCodes.Ok : ExitCodes.Failure;
    }

    /// <summary>CPU time so far of this process (serve runs in it) and of the Azurite it started.</summary>
    private static (TimeSpan Serve, TimeSpan Azurite) CpuTimes(LocalHost host)
    {
        using var self = Process.GetCurrentProcess();
        using var azurite = host.Emulator?.ProcessId is { } pid ? Process.GetProcessById(pid) : null;
        return (self.TotalProcessorTime, azurite?.TotalProcessorTime ?? TimeSpan.Zero);
    }

    /// <summary>Eight 19 MB text reports uploaded at once: the peak working set while they are processed, and after.</summary>
    private static async Task<int> RunMemoryAsync(LocalHost host, CancellationToken cancellationToken)
    {
        const int Files = 8;
        const int Size = 19 * 1024 * 1024;
        using var admin = ApiClients.WithKey(host.BaseAddress, host.AdminKey.Key, TimeSpan.FromMinutes(10));
        var registry = new StringBuilder("code,name,level,province,parent,valid_from,valid_to,aliases\n");
        for (var i = 1; i <= Files; i++)
        {
            registry.Append(CultureInfo.InvariantCulture, $"{Province}-mem-{i},Xã thử bộ nhớ {i} (giả lập),commune,{Province},{Province},,,\n");
        }

        await ApiClients.EnsureSuccessAsync(await admin.PutAsync($"api/registry/{Province}", new StringContent(registry.ToString(), Encoding.UTF8, "text/csv"), cancellationToken), cancellationToken);
        var bodies = Enumerable.Range(1, Files).Select(i => SyntheticReports.LargeText($"{Province}-mem-{i}", Size, i)).ToList();

        Console.Out.WriteLine($"Uploading {Files} text reports of {Size / 1048576} MB at once through {host.BaseAddress}…");
        await using var memory = WorkingSetSampler.Start();
        var clock = Stopwatch.StartNew();
        var ids = await Task.WhenAll(Enumerable.Range(0, Files).Select(async i =>
        {
            using var content = new ByteArrayContent(bodies[i]);
            using var response = await admin.PostAsync($"api/reports/{Province}-mem-{i + 1}/bao-cao-{i + 1}.txt", content, cancellationToken);
            await ApiClients.EnsureSuccessAsync(response, cancellationToken);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(TthcJson.Options, cancellationToken)).GetProperty("submissionId").GetString()!;
        }));
        var statuses = new List<string>();
        foreach (var id in ids)
        {
            string status;
            while ((status = (await admin.GetFromJsonAsync<JsonElement>($"api/submissions/{id}", TthcJson.Options, cancellationToken)).GetProperty("status").GetString()!) is "received" or "parsed"
                && clock.Elapsed < TimeSpan.FromMinutes(15))
            {
                await Task.Delay(200, cancellationToken);
            }

            statuses.Add(status);
        }

        var elapsed = clock.Elapsed;
        await memory.DisposeAsync();
        bodies.Clear();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var after = WorkingSetSampler.Current();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processed: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"))} in {elapsed.TotalSeconds:F1} s"));
        Console.Out.WriteLine($"memory (working set of the process running serve): {memory.Describe()}; after a collection {after / 1048576.0:F0} MB");
        return statuses.All(s => s is "accepted" or "rejected") ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
