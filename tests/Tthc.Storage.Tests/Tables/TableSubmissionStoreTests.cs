using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Extraction;
using Tthc.Core.Validation;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;
using Tthc.Testing;

namespace Tthc.Storage.Tests.Tables;

public sealed class TableSubmissionStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_ProcessedSubmission_IsReadBackWhole()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<ISubmissionStore>();
        var submission = new Submission("s-1", "hy-x", "r.txt", "abc", "submissions/s-1/r.txt", DateTimeOffset.UnixEpoch, SubmissionStatus.Rejected)
        {
            Period = "2026-Q1",
            Findings = [Finding.Error("period.known", "không xác định được kỳ báo cáo", ["dossiers.received"], 3)],
            Indicators = [new ExtractedValue("dossiers.received", 267_922, false, 0.95, new Evidence(251, "Tổng số hồ sơ đã tiếp nhận: 267.922"))],
            NotValues = [new NotValue("gần 270.000 hồ sơ", 12, NotValueReason.Hedged, "dossiers.received"), new NotValue("Nghị định 61", 40, NotValueReason.NotCatalog)],
        };

        await store.SaveAsync(submission, Ct);

        var read = (await store.GetAsync("s-1", Ct))!;
        Assert.Equal((SubmissionStatus.Rejected, "2026-Q1"), (read.Status, read.Period));
        Assert.Equal(submission.Findings[0] with { Codes = read.Findings[0].Codes }, read.Findings[0]);
        Assert.Equal(submission.Indicators, read.Indicators);
        Assert.Equal(submission.NotValues, read.NotValues);
    }

    [Fact]
    public async Task AddOrGetAsync_SameIdTwice_KeepsTheFirst()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<ISubmissionStore>();
        var first = new Submission("s-1", "hy-x", "a.txt", "abc", "submissions/s-1/a.txt", DateTimeOffset.UnixEpoch, SubmissionStatus.Received);

        await store.AddOrGetAsync(first, Ct);
        var (stored, added) = await store.AddOrGetAsync(first with { FileName = "b.txt" }, Ct);

        Assert.Equal(("a.txt", false), (stored.FileName, added));
    }

    [Fact]
    public async Task ListByUnitAsync_ReturnsThatUnitsSubmissionsNewestFirst()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<ISubmissionStore>();
        Submission Make(string id, string unit, int day) => new(id, unit, id + ".txt", id, $"submissions/{id}/{id}.txt", DateTimeOffset.UnixEpoch.AddDays(day), SubmissionStatus.Received);
        await store.AddOrGetAsync(Make("s-old", "hy-x", 1), Ct);
        await store.AddOrGetAsync(Make("s-new", "hy-x", 2), Ct);
        await store.AddOrGetAsync(Make("s-other", "hy-y", 3), Ct);

        var listed = await store.ListByUnitAsync("hy-x", Ct);

        Assert.Equal(["s-new", "s-old"], listed.Select(s => s.SubmissionId));
        Assert.Empty(await store.ListByUnitAsync("it's-quoted", Ct));
    }

    [Fact]
    public async Task TrySaveUnchangedAsync_SavesTheVersionReadButNotOverAChange()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<ISubmissionStore>();
        await store.AddOrGetAsync(new Submission("s-1", "hy-x", "a.txt", "abc", "submissions/s-1/a.txt", DateTimeOffset.UnixEpoch, SubmissionStatus.Received), Ct);
        var read = (await store.GetAsync("s-1", Ct))!;

        Assert.True(await store.TrySaveUnchangedAsync(read with { Status = SubmissionStatus.Accepted }, Ct));
        var saved = (await store.GetAsync("s-1", Ct))!;
        Assert.Equal(SubmissionStatus.Accepted, saved.Status);

        // The tag read before that save is stale now; so is one read before a newer version marked it superseded.
        Assert.False(await store.TrySaveUnchangedAsync(read with { Status = SubmissionStatus.Rejected }, Ct));
        await store.MarkSupersededAsync("s-1", "s-2", Ct);
        Assert.False(await store.TrySaveUnchangedAsync(saved with { ProcessedAt = DateTimeOffset.UnixEpoch }, Ct));
        Assert.False(await store.TrySaveUnchangedAsync(saved with { ETag = null }, Ct));

        var final = (await store.GetAsync("s-1", Ct))!;
        Assert.Equal((SubmissionStatus.Accepted, "s-2", (DateTimeOffset?)null), (final.Status, final.SupersededBy, final.ProcessedAt));
    }
}
