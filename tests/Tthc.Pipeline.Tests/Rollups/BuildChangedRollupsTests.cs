using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Processing;
using Tthc.Pipeline.Rollups;
using Tthc.Pipeline.Tests.InMemory;

namespace Tthc.Pipeline.Tests.Rollups;

public sealed class BuildChangedRollupsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteAsync_OnePartitionFails_RecordsItThereAndRebuildsTheOthers()
    {
        var services = await PipelineServices.CreateAsync(new FakeTimeProvider(new DateTimeOffset(2026, 4, 16, 8, 0, 0, TimeSpan.Zero)));
        foreach (var period in new[] { "2025-Q4", "2026-Q1", "2026-Q2" })
        {
            await AcceptAsync(services, period);
        }

        var store = (InMemoryRollupStore)services.GetRequiredService<IRollupStore>();
        store.SaveFault = ("hung-yen|2025-Q4", new InvalidOperationException("poisoned partition"));

        var rebuilt = await services.GetRequiredService<BuildChangedRollups>().ExecuteAsync(Ct);

        Assert.Equal(["hung-yen|2026-Q1", "hung-yen|2026-Q2"], rebuilt.Order(StringComparer.Ordinal));
        var failure = await store.GetFailureAsync("hung-yen", "2025-Q4", Ct);
        Assert.Contains("poisoned partition", failure?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_FailedPartitionNextRun_IsRebuiltAndItsFailureCleared()
    {
        var services = await PipelineServices.CreateAsync(new FakeTimeProvider(new DateTimeOffset(2026, 4, 16, 8, 0, 0, TimeSpan.Zero)));
        await AcceptAsync(services, "2026-Q1");
        var store = (InMemoryRollupStore)services.GetRequiredService<IRollupStore>();
        store.SaveFault = ("hung-yen|2026-Q1", new InvalidOperationException("once"));
        var job = services.GetRequiredService<BuildChangedRollups>();
        Assert.Empty(await job.ExecuteAsync(Ct));
        store.SaveFault = null;

        Assert.Equal(["hung-yen|2026-Q1"], await job.ExecuteAsync(Ct));
        Assert.Null(await store.GetFailureAsync("hung-yen", "2026-Q1", Ct));
    }

    private static async Task AcceptAsync(ServiceProvider services, string period)
    {
        var csv = Encoding.UTF8.GetBytes($"unit,period,indicator,value\nhy-x,{period},dossiers.received,10\n");
        var id = (await services.GetRequiredService<IngestUpload>().ExecuteAsync("hy-x", $"{period}.csv", csv, Ct)).SubmissionId;
        await services.GetRequiredService<ProcessSubmission>().ExecuteAsync(new ParseRequest(id), 1, Ct);
    }
}
