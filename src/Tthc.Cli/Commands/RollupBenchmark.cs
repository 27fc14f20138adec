using System.Diagnostics;
using System.Globalization;
using Tthc.Core.Access;
using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Rollups;
using Tthc.Core.Submissions;
using Tthc.Core.Units;
using Tthc.LocalHosting;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Registry;
using Tthc.Pipeline.Rollups;

namespace Tthc.Cli.Commands;

/// <summary>The rollup benchmarks of <c>tthc bench</c>: rows are written straight through the store, then timed.</summary>
internal static class RollupBenchmark
{
    /// <summary>A 1,000-unit partition with every catalog indicator: the pure computation and the stored recompute.</summary>
    public static async Task<int> RunAsync(LocalHost host, CancellationToken cancellationToken)
    {
        const int units = 1_000;
        var period = ReportingPeriod.Parse("2026-Q2");
        await SeedAsync(host, "hung-yen", period, units, cancellationToken);
        var values = host.Services.GetRequiredService<IIndicatorValueStore>();
        var (figures, _) = await values.ReadPartitionAsync("hung-yen", period.Label, cancellationToken);
        var registry = await host.Services.GetRequiredService<IUnitRegistryStore>().GetAsync(cancellationToken);
        var calculator = host.Services.GetRequiredService<RollupCalculator>();
        var expected = registry.ReportingUnits("hung-yen", period.End);

        var compute = Median(20, () => calculator.Compute("hung-yen", period.Label, expected, figures, DateTimeOffset.UtcNow));
        var read = await MedianAsync(5, () => values.ReadPartitionAsync("hung-yen", period.Label, cancellationToken));
        var build = host.Services.GetRequiredService<BuildRollup>();
        var stored = await MedianAsync(5, () => build.ExecuteAsync("hung-yen", period, cancellationToken));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"partition: {figures.Count} units × {host.Services.GetRequiredService<IndicatorCatalog>().All.Count} indicators = {figures.Sum(f => f.Values.Count)} rows"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RollupCalculator.Compute (in memory): median {compute:F1} ms"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"partition read from Azurite: median {read:F0} ms"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BuildRollup (read + compute + ETag write): median {stored:F0} ms (target < 1000 ms)"));
        return ExitCodes.Ok;
    }

    /// <summary>34 provinces × 12 periods rolled up once, then one partition made dirty and the nightly job timed.</summary>
    public static async Task<int> RunNightlyAsync(LocalHost host, CancellationToken cancellationToken)
    {
        var provinces = ProvinceMap.Default.On(ProvinceMap.ReformDate).Select(p => p.Code).ToList();
        var periods = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2026, m)).ToList();
        var seeding = Stopwatch.StartNew();
        foreach (var province in provinces)
        {
            foreach (var period in periods)
            {
                await SeedAsync(host, province, period, units: 3, cancellationToken, registryLoaded: period != periods[0]);
            }
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {provinces.Count} provinces × {periods.Count} periods × 3 units in {seeding.Elapsed.TotalSeconds:F1} s"));
        var nightly = host.Services.GetRequiredService<BuildChangedRollups>();
        var clock = Stopwatch.StartNew();
        var first = await nightly.ExecuteAsync(cancellationToken);
        var all = clock.Elapsed;
        await WriteUnitAsync(host, provinces[5], periods[3], 1, cancellationToken);
        clock.Restart();
        var second = await nightly.ExecuteAsync(cancellationToken);
        var dirty = clock.Elapsed;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nightly job, every partition new: {first.Count} rebuilt in {all.TotalSeconds:F2} s"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nightly job, one dirty partition of {first.Count}: {second.Count} rebuilt ({string.Join(", ", second)}) in {dirty.TotalMilliseconds:F0} ms"));
        return second.Count == 1 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static async Task SeedAsync(LocalHost host, string province, ReportingPeriod period, int units, CancellationToken cancellationToken, bool registryLoaded = false)
    {
        if (!registryLoaded)
        {
            var registry = new System.Text.StringBuilder("code,name,level,province,parent,valid_from,valid_to,aliases\n");
            for (var i = 1; i <= units; i++)
            {
                registry.Append(CultureInfo.InvariantCulture, $"{province}-bench-{i:D5},Xã thử tải {i} (giả lập),commune,{province},{province},,,\n");
            }

            await host.Services.GetRequiredService<ImportUnitRegistry>().ExecuteAsync(Caller.LocalHost, province, registry.ToString(), cancellationToken);
        }

        await Parallel.ForEachAsync(Enumerable.Range(1, units), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
            await WriteUnitAsync(host, province, period, i, ct));
    }

    private static async Task WriteUnitAsync(LocalHost host, string province, ReportingPeriod period, int unit, CancellationToken cancellationToken)
    {
        // Every catalog indicator, in range for its kind; written straight to the store (no submission behind it).
        var random = new Random(unit);
        var values = host.Services.GetRequiredService<IndicatorCatalog>().All
            .ToDictionary(d => d.Code, d => d.Kind == IndicatorKind.Count ? random.Next(0, 5_000) : Math.Round((decimal)random.NextDouble() * 100, 2), StringComparer.Ordinal);
        var code = $"{province}-bench-{unit:D5}";
        var store = host.Services.GetRequiredService<IIndicatorValueStore>();
        var current = await store.GetVersionAsync(province, period.Label, code, cancellationToken);
        var version = new ReportVersion($"s-bench-{code}-{Guid.NewGuid():N}", DateTimeOffset.UtcNow);
        await store.WriteAsync(new UnitRows(province, period.Label, code, code, UnitLevel.Commune, version, values), current?.ETag, cancellationToken);
    }

    private static double Median(int runs, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }

    private static async Task<double> MedianAsync<T>(int runs, Func<Task<T>> action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }
}
