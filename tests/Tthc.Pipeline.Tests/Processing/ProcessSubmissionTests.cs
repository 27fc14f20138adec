using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tthc.Core.Access;
using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Validation;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Processing;
using Tthc.Pipeline.Rollups;
using Tthc.Pipeline.Submissions;
using Tthc.Pipeline.Tests.InMemory;

namespace Tthc.Pipeline.Tests.Processing;

public sealed class ProcessSubmissionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteAsync_OlderUploadProcessedAfterNewer_DoesNotOverwriteIt()
    {
        var (services, time) = await CreateAsync();
        var older = await IngestAsync(services, "v1.csv", Csv(received: 100));
        time.Advance(TimeSpan.FromHours(1));
        var newer = await IngestAsync(services, "v2.csv", Csv(received: 200));

        await ProcessAsync(services, newer);
        await ProcessAsync(services, older);

        var late = await GetAsync(services, older);
        Assert.Equal((SubmissionStatus.Accepted, newer), (late.Status, late.SupersededBy));
        Assert.Equal(200m, Assert.Single(await UnitsAsync(services)).Values["dossiers.received"]);
    }

    [Fact]
    public async Task ExecuteAsync_NewerUploadAfterOlder_ReplacesRowsAndMarksOlderSuperseded()
    {
        var (services, time) = await CreateAsync();
        var older = await IngestAsync(services, "v1.csv", Csv(received: 100));
        await ProcessAsync(services, older);
        time.Advance(TimeSpan.FromHours(1));
        var newer = await IngestAsync(services, "v2.csv", Csv(received: 200));

        await ProcessAsync(services, newer);

        Assert.Equal(newer, (await GetAsync(services, older)).SupersededBy);
        Assert.Null((await GetAsync(services, newer)).SupersededBy);
        Assert.Equal(newer, Assert.Single(await UnitsAsync(services)).SubmissionId);
    }

    [Fact]
    public async Task ExecuteAsync_DeliveredAgainAfterAccepted_ChangesNothing()
    {
        var (services, time) = await CreateAsync();
        var id = await IngestAsync(services, "v1.csv", Csv(received: 100));
        await ProcessAsync(services, id);
        var values = (InMemoryIndicatorValueStore)services.GetRequiredService<IIndicatorValueStore>();
        var writes = values.Writes;
        time.Advance(TimeSpan.FromMinutes(5));

        await ProcessAsync(services, id, dequeueCount: 2);

        Assert.Equal(writes, values.Writes);
    }

    [Fact]
    public async Task ExecuteAsync_SameBytesUploadedTwice_IsOneSubmission()
    {
        var (services, _) = await CreateAsync();
        var ingest = services.GetRequiredService<IngestUpload>();

        var first = await ingest.ExecuteAsync(Caller.Admin, "hy-x", "a.csv", Csv(received: 100), Ct);
        var second = await ingest.ExecuteAsync(Caller.Admin, "hy-x", "b.csv", Csv(received: 100), Ct);

        Assert.Equal((first.SubmissionId, false, true), (second.SubmissionId, first.Duplicate, second.Duplicate));
    }

    [Fact]
    public async Task ExecuteAsync_OutlierAgainstUnitsOwnHistory_IsAcceptedWithWarning()
    {
        var (services, time) = await CreateAsync();
        string last = string.Empty;
        foreach (var (period, received) in new[] { ("2025-Q2", 100), ("2025-Q3", 110), ("2025-Q4", 105), ("2026-Q1", 2_000) })
        {
            last = await IngestAsync(services, $"{period}.csv", Csv(received, period));
            await ProcessAsync(services, last);
            time.Advance(TimeSpan.FromDays(1));
        }

        var submission = await GetAsync(services, last);
        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
        Assert.Contains(submission.Findings, f => f.Rule == "outlier" && f.Severity == Severity.Warning && f.Codes.Contains("dossiers.received"));
    }

    [Fact]
    public async Task ExecuteAsync_HistoryOfAnotherPeriodKind_IsNotCompared()
    {
        var (services, time) = await CreateAsync();
        string last = string.Empty;
        foreach (var (period, received) in new[] { ("2025-10", 100), ("2025-11", 110), ("2025-12", 105), ("2026-Q1", 2_000) })
        {
            last = await IngestAsync(services, $"{period}.csv", Csv(received, period));
            await ProcessAsync(services, last);
            time.Advance(TimeSpan.FromDays(1));
        }

        Assert.DoesNotContain((await GetAsync(services, last)).Findings, f => f.Rule == "outlier");
    }

    [Fact]
    public async Task ExecuteAsync_PartsDisagreeWithTotal_IsRejectedAndWritesNoRows()
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "bad.csv", Encoding.UTF8.GetBytes("unit,period,indicator,value\nhy-x,2026-Q1,dossiers.received,100\nhy-x,2026-Q1,dossiers.received_online,150\n"));

        await ProcessAsync(services, id);

        var submission = await GetAsync(services, id);
        Assert.Equal((SubmissionStatus.Rejected, "hung-yen", "2026-Q1"), (submission.Status, submission.Province, submission.Period));
        Assert.Contains(submission.Findings, f => f.Rule == "dossiers.received_online ≤ dossiers.received");
        Assert.Empty(await UnitsAsync(services));
    }

    [Fact]
    public async Task ExecuteAsync_UnitNotInRegistry_IsRejectedNamingIt()
    {
        var (services, _) = await CreateAsync();
        var id = (await services.GetRequiredService<IngestUpload>().ExecuteAsync(Caller.Admin, "hy-nowhere", "r.csv", Csv(received: 100, unit: "hy-nowhere"), Ct)).SubmissionId;

        await ProcessAsync(services, id);

        var submission = await GetAsync(services, id);
        Assert.Equal(SubmissionStatus.Rejected, submission.Status);
        Assert.Contains(submission.Findings, f => f.Rule == "unit.registered" && f.Message.Contains("hy-nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_UnreadableFile_IsRejectedWithReadableFinding()
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "blank.txt", new byte[] { 0, 0, 0, 0 });

        await ProcessAsync(services, id);

        var submission = await GetAsync(services, id);
        Assert.Equal(SubmissionStatus.Rejected, submission.Status);
        Assert.Equal("file.readable", Assert.Single(submission.Findings, f => f.Severity == Severity.Error).Rule);
    }

    [Fact]
    public async Task ExecuteAsync_StorageFaultOnLastDelivery_RecordsFailureAndRethrows()
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "v1.csv", Csv(received: 100));
        ((InMemoryIndicatorValueStore)services.GetRequiredService<IIndicatorValueStore>()).WriteFault = new IOException("disk on fire");

        await Assert.ThrowsAsync<IOException>(() => ProcessAsync(services, id, dequeueCount: 5));

        var submission = await GetAsync(services, id);
        Assert.Equal(SubmissionStatus.Failed, submission.Status);
        Assert.Contains("disk on fire", submission.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_StorageFaultBeforeLastDelivery_LeavesItToTheQueue()
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "v1.csv", Csv(received: 100));
        ((InMemoryIndicatorValueStore)services.GetRequiredService<IIndicatorValueStore>()).WriteFault = new IOException("disk on fire");

        await Assert.ThrowsAsync<IOException>(() => ProcessAsync(services, id, dequeueCount: 1));

        Assert.Equal(SubmissionStatus.Received, (await GetAsync(services, id)).Status);
    }

    [Fact]
    public async Task ExecuteAsync_CatalogWithAnotherIndicator_AcceptsAndRollsItUp()
    {
        const string Appeals = """
            "indicators": [
              { "code": "appeals.received", "label": "Đơn khiếu nại đã tiếp nhận", "english": "Appeals received", "kind": "count", "unit": "đơn", "rollup": { "method": "sum" } },
            """;
        var catalog = IndicatorCatalogFile.Parse(IndicatorCatalogFile.ReadBuiltInText().Replace("\"indicators\": [", Appeals, StringComparison.Ordinal));
        var (services, _) = await CreateAsync(catalog);
        var id = await IngestAsync(services, "r.csv", Encoding.UTF8.GetBytes("unit,period,indicator,value\nhy-x,2026-Q1,appeals.received,7\n"));

        await ProcessAsync(services, id);
        var rollup = await services.GetRequiredService<BuildRollup>().ExecuteAsync("hung-yen", ReportingPeriod.Parse("2026-Q1"), Ct);

        Assert.Equal(SubmissionStatus.Accepted, (await GetAsync(services, id)).Status);
        Assert.Equal(("Đơn khiếu nại đã tiếp nhận", 7m), (rollup.Get("appeals.received")!.Label, rollup.Get("appeals.received")!.Value));
    }

    [Fact]
    public async Task ExecuteAsync_ScanWithoutOcrEngine_WaitsAsNeedsOcrAndUploadAgainQueuesIt()
    {
        var (services, _) = await CreateAsync();
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600);
        var scan = builder.Build();
        var id = await IngestAsync(services, "scan.pdf", scan);

        await ProcessAsync(services, id);

        var waiting = await GetAsync(services, id);
        Assert.Equal(SubmissionStatus.NeedsOcr, waiting.Status);
        Assert.Contains("OCR", Assert.Single(waiting.Findings).Message, StringComparison.Ordinal);
        Assert.Empty(await UnitsAsync(services));
        var queue = (InMemoryParseRequestQueue)services.GetRequiredService<IParseRequestQueue>();
        var sent = queue.Sent.Count;
        await services.GetRequiredService<IngestUpload>().ExecuteAsync(Caller.Admin, "hy-x", "scan.pdf", scan, Ct);
        Assert.Equal(sent + 1, queue.Sent.Count);
    }

    [Fact]
    public async Task ExecuteAsync_AbsurdCustomPeriod_IsRejectedAtParseNamingFileAndLine()
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "forever.csv", Encoding.UTF8.GetBytes("unit,period,indicator,value\nhy-x,0001-01-01..9999-12-31,dossiers.received,5\n"));

        await ProcessAsync(services, id);

        var submission = await GetAsync(services, id);
        Assert.Equal((SubmissionStatus.Rejected, null), (submission.Status, submission.Period));
        Assert.Contains(submission.Findings, f => f.Rule == "period.known" && f.Message.Contains("forever.csv, dòng 2", StringComparison.Ordinal));
        Assert.Empty(await services.GetRequiredService<BuildChangedRollups>().ExecuteAsync(Ct));
    }

    [Theory]
    [InlineData("2014-Q4")]
    [InlineData("2028")]
    public async Task ExecuteAsync_PeriodOutside2015ToNextYear_IsRejectedWritingNoRows(string period)
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "old.csv", Csv(received: 100, period: period));

        await ProcessAsync(services, id);

        var submission = await GetAsync(services, id);
        Assert.Equal(SubmissionStatus.Rejected, submission.Status);
        Assert.Contains(submission.Findings, f => f.Rule == "period.range" && f.Message.Contains("old.csv", StringComparison.Ordinal));
        Assert.Empty(await services.GetRequiredService<BuildChangedRollups>().ExecuteAsync(Ct));
    }

    [Fact]
    public async Task ExecuteAsync_CountBeyondDecimalSums_IsRejectedAtOnceWithABoundsFinding()
    {
        var (services, _) = await CreateAsync();
        const string Huge = "79000000000000000000000000000";
        var id = await IngestAsync(services, "huge.csv", Encoding.UTF8.GetBytes($"unit,period,indicator,value\nhy-x,2026-Q1,dossiers.received,{Huge}\nhy-x,2026-Q1,dossiers.received_online,{Huge}\nhy-x,2026-Q1,dossiers.received_direct,{Huge}\n"));

        await ProcessAsync(services, id, dequeueCount: 1);

        var submission = await GetAsync(services, id);
        Assert.Equal(SubmissionStatus.Rejected, submission.Status);
        Assert.Contains(submission.Findings, f => f.Rule == "range" && f.Message.Contains("huge.csv, dòng 2", StringComparison.Ordinal) && f.Codes.SequenceEqual(["dossiers.received"]));
        Assert.NotNull(await services.GetRequiredService<GetSubmission>().ExecuteAsync(id, Ct));
    }

    [Fact]
    public async Task ExecuteAsync_NewerReplacesAccepted_AuditsTheReplacedSubmissionAndValues_AnOlderOneLateAuditsNothing()
    {
        var (services, time) = await CreateAsync();
        var older = await IngestAsync(services, "v1.csv", Csv(received: 100));
        await ProcessAsync(services, older);
        time.Advance(TimeSpan.FromHours(1));
        var newer = await IngestAsync(services, "v2.csv", Csv(received: 200));
        time.Advance(TimeSpan.FromHours(1));
        var stale = await IngestAsync(services, "v0.csv", Csv(received: 50));
        var staleSubmission = await GetAsync(services, stale);
        await services.GetRequiredService<ISubmissionStore>().SaveAsync(staleSubmission with { UploadedAt = staleSubmission.UploadedAt.AddDays(-1) }, Ct);

        await ProcessAsync(services, newer);
        await ProcessAsync(services, newer);
        await ProcessAsync(services, stale);

        var replaced = Assert.Single(((InMemoryAuditLog)services.GetRequiredService<IAuditLog>()).Entries, e => e.Action == Audit.AuditActions.ReportReplace);
        Assert.Equal((Caller.Processing.KeyId, "hung-yen", "hy-x"), (replaced.KeyId, replaced.Province, replaced.Target));
        Assert.StartsWith($"{older} 2026-Q1: ", replaced.Before, StringComparison.Ordinal);
        Assert.Contains("dossiers.received=100", replaced.Before, StringComparison.Ordinal);
        Assert.StartsWith($"{newer} 2026-Q1: ", replaced.After, StringComparison.Ordinal);
        Assert.Contains("dossiers.received=200", replaced.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_VersionAThenBThenAAgain_ACountsAsTheLatestUpload()
    {
        var (services, time) = await CreateAsync();
        var a = await IngestAsync(services, "a.csv", Csv(received: 100));
        await ProcessAsync(services, a);
        time.Advance(TimeSpan.FromHours(1));
        var b = await IngestAsync(services, "b.csv", Csv(received: 200));
        await ProcessAsync(services, b);
        time.Advance(TimeSpan.FromHours(1));

        var again = await services.GetRequiredService<IngestUpload>().ExecuteAsync(Caller.Admin, "hy-x", "a-lai.csv", Csv(received: 100), Ct);
        await ProcessAsync(services, again.SubmissionId);

        Assert.Equal((a, true), (again.SubmissionId, again.Duplicate));
        Assert.Equal(100m, Assert.Single(await UnitsAsync(services)).Values["dossiers.received"]);
        Assert.Equal((null, a), ((await GetAsync(services, a)).SupersededBy, (await GetAsync(services, b)).SupersededBy));
    }

    [Fact]
    public async Task ExecuteAsync_NewerVersionWrittenWhileOlderIsSaved_ExactlyOneIsCurrent()
    {
        var (services, time) = await CreateAsync();
        var older = await IngestAsync(services, "v1.csv", Csv(received: 100));
        time.Advance(TimeSpan.FromMinutes(1));
        var newer = await IngestAsync(services, "v2.csv", Csv(received: 200));
        var store = (InMemorySubmissionStore)services.GetRequiredService<ISubmissionStore>();
        var interleaved = false;
        store.BeforeSave = async s =>
        {
            // The older version's row is written; before its 'accepted' is saved, the newer one runs to the end.
            if (s.SubmissionId == older && s.Status == SubmissionStatus.Accepted && !interleaved)
            {
                interleaved = true;
                await ProcessAsync(services, newer);
            }
        };

        await ProcessAsync(services, older);

        Assert.True(interleaved);
        Assert.Equal((newer, null), ((await GetAsync(services, older)).SupersededBy, (await GetAsync(services, newer)).SupersededBy));
    }

    [Fact]
    public async Task SweepAsync_SubmissionLeftReceived_IsQueuedAgainOnceItIsStale()
    {
        var (services, time) = await CreateAsync();
        var id = await IngestAsync(services, "lost.csv", Csv(received: 100));
        var queue = (InMemoryParseRequestQueue)services.GetRequiredService<IParseRequestQueue>();
        queue.Sent.Clear(); // the message was lost
        var sweep = services.GetRequiredService<SweepSubmissions>();

        Assert.Empty(await sweep.ExecuteAsync(Ct));
        time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal([id], await sweep.ExecuteAsync(Ct));
        Assert.Empty(await sweep.ExecuteAsync(Ct));
        await ProcessAsync(services, Assert.Single(queue.Sent).SubmissionId);

        Assert.Equal(SubmissionStatus.Accepted, (await GetAsync(services, id)).Status);
    }

    [Fact]
    public async Task RetryAsync_FailedSubmission_IsReceivedAgainAndAccepted()
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "v1.csv", Csv(received: 100));
        var values = (InMemoryIndicatorValueStore)services.GetRequiredService<IIndicatorValueStore>();
        values.WriteFault = new IOException("disk on fire");
        await Assert.ThrowsAsync<IOException>(() => ProcessAsync(services, id, dequeueCount: 5));
        values.WriteFault = null;
        var retry = services.GetRequiredService<RetrySubmission>();

        Assert.Equal(RetryOutcome.Queued, await retry.ExecuteAsync(id, Ct));
        Assert.Equal((SubmissionStatus.Received, null), ((await GetAsync(services, id)).Status, (await GetAsync(services, id)).FailureReason));
        await ProcessAsync(services, id);

        Assert.Equal(SubmissionStatus.Accepted, (await GetAsync(services, id)).Status);
        Assert.Equal(RetryOutcome.NotFailed, await retry.ExecuteAsync(id, Ct));
        Assert.Equal(RetryOutcome.NotFound, await retry.ExecuteAsync("nope", Ct));
    }

    [Fact]
    public async Task ExecuteAsync_SmallFileSentInTheRequest_IsProcessedWithoutReadingTheArchive()
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "v1.csv", Csv(received: 100));
        var request = Assert.Single(((InMemoryParseRequestQueue)services.GetRequiredService<IParseRequestQueue>()).Sent);
        Assert.Equal(Csv(received: 100).ToArray(), request.Content);

        // With the archive gone, only the request's bytes can have been read.
        ((InMemoryReportBlobStore)services.GetRequiredService<IReportBlobStore>()).Delete((await GetAsync(services, id)).BlobName);
        await services.GetRequiredService<ProcessSubmission>().ExecuteAsync(request, 1, Ct);

        Assert.Equal(SubmissionStatus.Accepted, (await GetAsync(services, id)).Status);
        Assert.Equal(100m, Assert.Single(await UnitsAsync(services)).Values["dossiers.received"]);
    }

    [Fact]
    public async Task ExecuteAsync_RequestBytesNotTheArchivedFile_AreIgnoredForTheArchive()
    {
        var (services, _) = await CreateAsync();
        var id = await IngestAsync(services, "v1.csv", Csv(received: 100));

        await services.GetRequiredService<ProcessSubmission>().ExecuteAsync(new ParseRequest(id) { Content = Csv(received: 999).ToArray() }, 1, Ct);

        Assert.Equal(100m, Assert.Single(await UnitsAsync(services)).Values["dossiers.received"]);
    }

    [Fact]
    public async Task IngestAsync_FileOverTheInlineLimit_IsSentWithoutItsBytes()
    {
        var (services, _) = await CreateAsync();
        var limit = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<UploadOptions>>().Value.InlineBytes;
        var large = Encoding.UTF8.GetBytes("unit,period,indicator,value\n" + new string('#', limit) + "\nhy-x,2026-Q1,dossiers.received,5\n");

        await IngestAsync(services, "large.csv", large);

        Assert.Null(Assert.Single(((InMemoryParseRequestQueue)services.GetRequiredService<IParseRequestQueue>()).Sent).Content);
    }

    private static async Task<(ServiceProvider Services, FakeTimeProvider Time)> CreateAsync(IndicatorCatalog? catalog = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 16, 8, 0, 0, TimeSpan.Zero));
        return (await PipelineServices.CreateAsync(time, catalog), time);
    }

    private static async Task<string> IngestAsync(ServiceProvider services, string file, ReadOnlyMemory<byte> content)
        => (await services.GetRequiredService<IngestUpload>().ExecuteAsync(Caller.Admin, "hy-x", file, content, Ct)).SubmissionId;

    private static Task ProcessAsync(ServiceProvider services, string id, long dequeueCount = 1)
        => services.GetRequiredService<ProcessSubmission>().ExecuteAsync(new ParseRequest(id), dequeueCount, Ct);

    private static async Task<Submission> GetAsync(ServiceProvider services, string id)
        => (await services.GetRequiredService<ISubmissionStore>().GetAsync(id, Ct))!;

    private static async Task<IReadOnlyList<Core.Rollups.UnitFigures>> UnitsAsync(ServiceProvider services)
        => await services.GetRequiredService<GetRollupUnits>().ExecuteAsync("hung-yen", ReportingPeriod.Parse("2026-Q1"), Ct);

    private static ReadOnlyMemory<byte> Csv(int received, string period = "2026-Q1", string unit = "hy-x")
        => Encoding.UTF8.GetBytes($"unit,period,indicator,value\n{unit},{period},dossiers.received,{received}\n{unit},{period},dossiers.received_online,{received}\n");
}
