using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tthc.Core.Periods;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Processing;
using Tthc.Pipeline.Rollups;
using Tthc.Pipeline.Submissions;
using Tthc.Testing;

namespace Tthc.Pipeline.Tests.Processing;

public sealed class ProcessSubmissionTests(AzuriteFixture azurite)
{
    private const string Registry = "code,name,level,province,parent,valid_from,valid_to,aliases\nhy-x,Xã X,commune,hung-yen,hung-yen,,,\n";

    [Fact]
    public async Task ExecuteAsync_OlderUploadProcessedAfterNewer_DoesNotOverwriteIt()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 16, 8, 0, 0, TimeSpan.Zero));
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, time, Registry);
        var ingest = services.GetRequiredService<IngestUpload>();
        var process = services.GetRequiredService<ProcessSubmission>();
        var older = await ingest.ExecuteAsync("hy-x", "v1.csv", Csv(received: 100), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromHours(1));
        var newer = await ingest.ExecuteAsync("hy-x", "v2.csv", Csv(received: 200), TestContext.Current.CancellationToken);

        await process.ExecuteAsync(new ParseRequest(newer.SubmissionId), 1, TestContext.Current.CancellationToken);
        await process.ExecuteAsync(new ParseRequest(older.SubmissionId), 1, TestContext.Current.CancellationToken);

        var submissions = services.GetRequiredService<ISubmissionStore>();
        var late = await submissions.GetAsync(older.SubmissionId, TestContext.Current.CancellationToken);
        Assert.Equal(SubmissionStatus.Accepted, late!.Status);
        Assert.Equal(newer.SubmissionId, late.SupersededBy);
        var units = await services.GetRequiredService<GetRollupUnits>().ExecuteAsync("hung-yen", ReportingPeriod.Parse("2026-Q1"), TestContext.Current.CancellationToken);
        Assert.Equal(200m, Assert.Single(units).Values["dossiers.received"]);
    }

    [Fact]
    public async Task ExecuteAsync_DeliveredAgainAfterAccepted_ChangesNothing()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 16, 8, 0, 0, TimeSpan.Zero));
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, time, Registry);
        var ingested = await services.GetRequiredService<IngestUpload>().ExecuteAsync("hy-x", "v1.csv", Csv(received: 100), TestContext.Current.CancellationToken);
        var process = services.GetRequiredService<ProcessSubmission>();
        await process.ExecuteAsync(new ParseRequest(ingested.SubmissionId), 1, TestContext.Current.CancellationToken);
        var values = services.GetRequiredService<IIndicatorValueStore>();
        var (_, versionBefore) = await values.ReadPartitionAsync("hung-yen", "2026-Q1", TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(5));

        await process.ExecuteAsync(new ParseRequest(ingested.SubmissionId), 2, TestContext.Current.CancellationToken);

        var (_, versionAfter) = await values.ReadPartitionAsync("hung-yen", "2026-Q1", TestContext.Current.CancellationToken);
        Assert.Equal(versionBefore, versionAfter);
    }

    [Fact]
    public async Task ExecuteAsync_OutlierAgainstUnitsOwnHistory_IsAcceptedWithWarning()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 16, 8, 0, 0, TimeSpan.Zero));
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, time, Registry);
        var ingest = services.GetRequiredService<IngestUpload>();
        var process = services.GetRequiredService<ProcessSubmission>();
        foreach (var (period, received) in new[] { ("2025-Q2", 100), ("2025-Q3", 110), ("2025-Q4", 105), ("2026-Q1", 2_000) })
        {
            var id = (await ingest.ExecuteAsync("hy-x", $"{period}.csv", Csv(received, period), TestContext.Current.CancellationToken)).SubmissionId;
            await process.ExecuteAsync(new ParseRequest(id), 1, TestContext.Current.CancellationToken);
            time.Advance(TimeSpan.FromDays(1));
        }

        var units = await services.GetRequiredService<GetRollupUnits>().ExecuteAsync("hung-yen", ReportingPeriod.Parse("2026-Q1"), TestContext.Current.CancellationToken);
        var last = await services.GetRequiredService<ISubmissionStore>().GetAsync(Assert.Single(units).SubmissionId, TestContext.Current.CancellationToken);
        Assert.Equal(SubmissionStatus.Accepted, last!.Status);
        Assert.Contains(last.Findings, f => f.Severity == Core.Validation.Severity.Warning && f.Codes.Contains("dossiers.received"));
    }

    private static ReadOnlyMemory<byte> Csv(int received, string period = "2026-Q1")
        => Encoding.UTF8.GetBytes($"unit,period,indicator,value\nhy-x,{period},dossiers.received,{received}\nhy-x,{period},dossiers.received_online,{received}\n");
}
