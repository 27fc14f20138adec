using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Tthc.LocalHosting.Emulator;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>Faults: storage going away mid-processing, and a message that keeps failing.</summary>
public sealed class StorageFaultTests(AzuriteFixture azurite)
{
    private const string Registry = Reports.RegistryHeader +
        "ninh-binh,Tỉnh Ninh Bình,province,ninh-binh,,,,\n" +
        "nb-f-1,Xã Một (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n" +
        "nb-f-2,Xã Hai (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n" +
        "nb-f-3,Xã Ba (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n" +
        "nb-f-4,Xã Bốn (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n" +
        "nb-f-5,Xã Năm (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n" +
        "nb-f-6,Xã Sáu (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n";

    [Fact]
    public async Task AzuriteStoppedAndRestartedMidProcessing_LosesNoSubmission()
    {
        // Its own Azurite, on disk, so that a restart keeps the data (the shared one is in memory).
        var folder = Directory.CreateTempSubdirectory("tthc-azurite-");
        await using var emulator = await AzuriteEmulator.StartAsync(new AzuriteOptions { Location = folder.FullName }, TestContext.Current.CancellationToken);
        await using var host = await TestHost.StartAsync(emulator.ConnectionString, new Dictionary<string, string?>
        {
            ["Storage:MaxRetries"] = "1",
            ["Storage:RetryDelay"] = "00:00:00.100",
            ["Storage:NetworkTimeout"] = "00:00:02",
            ["Worker:VisibilityTimeout"] = "00:00:01",
        });
        await host.LoadRegistryAsync(Registry);
        var ids = new List<string>();
        for (var i = 1; i <= 6; i++)
        {
            ids.Add(await host.UploadAsync($"nb-f-{i}", $"f{i}.csv", Reports.Csv($"nb-f-{i}", "2026-Q1", Reports.Counts(i, 100 * i, 10 * i, i, 90m))));
        }

        await emulator.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        await emulator.RestartAsync(TestContext.Current.CancellationToken);

        var poison = new QueueClient(emulator.ConnectionString, "parse-" + host.Suffix + "-poison");
        foreach (var id in ids)
        {
            var submission = await host.WaitForSubmissionAsync(id, TimeSpan.FromSeconds(90));
            var status = submission.GetProperty("status").GetString();
            if (status == "failed")
            {
                Assert.False(string.IsNullOrEmpty(submission.GetProperty("failureReason").GetString()));
                Assert.True((await poison.PeekMessagesAsync(32, TestContext.Current.CancellationToken)).Value.Length > 0);
            }
            else
            {
                Assert.Equal("accepted", status);
            }
        }

        var units = (await host.GetJsonAsync("api/rollups/ninh-binh/2026-Q1/units")).GetProperty("units");
        Assert.Equal(ids.Count, units.GetArrayLength());
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task MessageThatKeepsFailing_GoesToPoisonQueue_WithReasonOnSubmission()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Worker:VisibilityTimeout"] = "00:00:01" });
        await host.LoadRegistryAsync(Registry);
        var submissions = host.Host.Services.GetRequiredService<ISubmissionStore>();
        var queue = host.Host.Services.GetRequiredService<IParseRequestQueue>();

        // A submission whose archived file is missing: every delivery fails the same way.
        await submissions.AddOrGetAsync(new Submission("s-lost", "nb-f-1", "lost.csv", "00", "submissions/s-lost/lost.csv", DateTimeOffset.UtcNow, SubmissionStatus.Received), TestContext.Current.CancellationToken);
        await queue.EnqueueAsync(new ParseRequest("s-lost"), TestContext.Current.CancellationToken);

        var submission = await host.WaitForSubmissionAsync("s-lost", TimeSpan.FromSeconds(60));

        Assert.Equal("failed", submission.GetProperty("status").GetString());
        Assert.Contains("submissions/s-lost/lost.csv", submission.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
        Assert.Contains("5/5", submission.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
        var poison = new QueueClient(azurite.ConnectionString, "parse-" + host.Suffix + "-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var deadline = DateTime.UtcNow.AddSeconds(10);
        Azure.Storage.Queues.Models.PeekedMessage[] poisoned;
        do
        {
            poisoned = (await poison.PeekMessagesAsync(32, TestContext.Current.CancellationToken)).Value;
        }
        while (poisoned.Length == 0 && DateTime.UtcNow < deadline);

        Assert.Contains("s-lost", Assert.Single(poisoned).MessageText, StringComparison.Ordinal);
    }
}
