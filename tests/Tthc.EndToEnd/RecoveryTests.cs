using System.Net;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>Issue 13, case 5, over real HTTP: work stuck or lost is found again — the sweeper, retry, the latest upload.</summary>
public sealed class RecoveryTests(AzuriteFixture azurite)
{
    private const string Period = "2026-Q1";

    private static readonly string Registry = Reports.RegistryHeader +
        "ninh-binh,Tỉnh Ninh Bình,province,ninh-binh,,,,\n" +
        "nb-r-1,Xã Một (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n" +
        "nb-r-2,Xã Hai (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n" +
        "nb-r-3,Xã Ba (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueueGoneWhileRegistering_UploadIsAcceptedAndTheSweeperQueuesItOnceTheQueueIsBack()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["SweepSchedule"] = "* * * * * *",
            ["Worker:SweepAfter"] = "00:00:01",
        });
        await host.LoadRegistryAsync(Registry);
        var queue = new QueueClient(azurite.ConnectionString, "parse-" + host.Suffix);
        await queue.DeleteAsync(Ct);

        var ids = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            ids.Add(await host.UploadAsync($"nb-r-{i}", "r.csv", Reports.Csv($"nb-r-{i}", Period, Reports.Counts(i, 10 * i, i, 1, 90m))));
        }

        Assert.All(ids, id => Assert.NotNull(id));
        await queue.CreateIfNotExistsAsync(cancellationToken: Ct);

        foreach (var id in ids)
        {
            Assert.Equal("accepted", (await host.WaitForSubmissionAsync(id)).GetProperty("status").GetString());
        }

        var units = (await host.GetJsonAsync($"api/rollups/ninh-binh/{Period}/units")).GetProperty("units");
        Assert.Equal(3, units.GetArrayLength());
    }

    [Fact]
    public async Task FailedSubmission_RetryRunsItAgain_OthersAnswer409And404()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Registry);
        var id = await host.UploadAsync("nb-r-1", "r.csv", Reports.Csv("nb-r-1", Period, Reports.Counts(1, 10, 1, 1, 90m)));
        Assert.Equal("accepted", (await host.WaitForSubmissionAsync(id)).GetProperty("status").GetString());
        using (var notFailed = await host.Http.PostAsync($"api/submissions/{id}/retry", null, Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, notFailed.StatusCode);
        }

        // Mark it failed as the last delivery would, then retry.
        var store = host.Host.Services.GetRequiredService<ISubmissionStore>();
        var stored = (await store.GetAsync(id, Ct))!;
        await store.SaveAsync(stored with { Status = SubmissionStatus.Failed, FailureReason = "IOException: disk on fire" }, Ct);

        using var retry = await host.Http.PostAsync($"api/submissions/{id}/retry", null, Ct);
        using var unknown = await host.Http.PostAsync("api/submissions/nope/retry", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var again = await host.WaitForSubmissionAsync(id);
        Assert.Equal("accepted", again.GetProperty("status").GetString());
    }

    [Fact]
    public async Task VersionAThenBThenAAgain_ACounts()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Registry);
        var a = Reports.Csv("nb-r-2", Period, Reports.Counts(1, 10, 1, 1, 90m));
        var b = Reports.Csv("nb-r-2", Period, Reports.Counts(2, 20, 2, 2, 90m));

        var first = await host.UploadAsync("nb-r-2", "a.csv", a);
        await host.WaitForSubmissionAsync(first);
        var second = await host.UploadAsync("nb-r-2", "b.csv", b);
        await host.WaitForSubmissionAsync(second);
        var third = await host.UploadAsync("nb-r-2", "a.csv", a);
        var result = await host.WaitForSubmissionAsync(third);

        Assert.Equal(first, third);
        Assert.Equal(("accepted", System.Text.Json.JsonValueKind.Null), (result.GetProperty("status").GetString(), result.GetProperty("supersededBy").ValueKind));
        Assert.Equal(first, (await host.GetJsonAsync($"api/submissions/{second}")).GetProperty("supersededBy").GetString());
        var unit = Assert.Single((await host.GetJsonAsync($"api/rollups/ninh-binh/{Period}/units")).GetProperty("units").EnumerateArray());
        Assert.Equal(first, unit.GetProperty("submissionId").GetString());
    }
}
