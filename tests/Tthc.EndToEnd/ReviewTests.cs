using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>Review over real HTTP and Azurite: uncertain values wait for a person, do not count until decided, and a correction keeps the original.</summary>
public sealed class ReviewTests(AzuriteFixture azurite)
{
    private const string Province = "ninh-binh";
    private const string Period = "2026-Q1";

    private static readonly string Registry = Reports.RegistryHeader +
        "ninh-binh,Tỉnh Ninh Bình,province,ninh-binh,,,,\n" +
        "nb-xa-review,Xã Xem Xét (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n";

    // A narrative report: every value in it is read with a confidence below 1, so all wait under a 0.999 threshold.
    private const string Narrative =
        "UBND XÃ XEM XÉT\nBÁO CÁO kết quả giải quyết thủ tục hành chính quý I năm 2026\n" +
        "- Tổng số hồ sơ tiếp nhận trong kỳ: 1.234 hồ sơ, trong đó tiếp nhận trực tuyến 1.000 hồ sơ.\n- Số hồ sơ đã giải quyết: 1.200 hồ sơ.\n";

    [Fact]
    public async Task UncertainValues_AwaitReview_AndAreLeftOutOfTheRollup()
    {
        await using var host = await StartAsync();
        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao.txt", Narrative));

        Assert.Equal("accepted", submission.GetProperty("status").GetString());
        Assert.Equal("awaiting", Indicator(submission, "dossiers.received").GetProperty("reviewState").GetString());
        Assert.True(submission.GetProperty("awaitingReview").GetInt32() >= 2, submission.GetRawText());
        var rollup = await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true");
        Assert.DoesNotContain(rollup.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == "dossiers.received");
        Assert.Equal(submission.GetProperty("awaitingReview").GetInt32(), rollup.GetProperty("awaitingReview").GetInt32());
        var unit = Assert.Single((await host.GetJsonAsync($"api/rollups/{Province}/{Period}/units")).GetProperty("units").EnumerateArray());
        Assert.Contains("dossiers.received", unit.GetProperty("awaitingReview").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Correct_KeepsTheOriginalAndEvidence_AndTheRollupCountsTheCorrection()
    {
        await using var host = await StartAsync();
        var id = (await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao.txt", Narrative))).GetProperty("submissionId").GetString()!;
        var before = (await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true")).GetProperty("awaitingReview").GetInt32();

        var (status, reviewed) = await ReviewAsync(host, id, new { code = "dossiers.received", action = "correct", value = 1240 });

        Assert.Equal(HttpStatusCode.OK, status);
        var value = Indicator(reviewed, "dossiers.received");
        Assert.Equal(("corrected", 1240m, 1234m), (value.GetProperty("reviewState").GetString(), value.GetProperty("value").GetDecimal(), value.GetProperty("original").GetDecimal()));
        Assert.Contains("1.234", value.GetProperty("evidence").GetProperty("text").GetString(), StringComparison.Ordinal);
        var decision = Assert.Single(reviewed.GetProperty("reviews").EnumerateArray());
        Assert.Equal((1234m, 1240m, "correct"), (decision.GetProperty("original").GetDecimal(), decision.GetProperty("value").GetDecimal(), decision.GetProperty("action").GetString()));
        var rollup = await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true");
        Assert.Equal(1240m, rollup.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "dossiers.received").GetProperty("value").GetDecimal());
        Assert.Equal(before - 1, rollup.GetProperty("awaitingReview").GetInt32());
        Assert.Equal("corrected", Indicator(await host.GetJsonAsync($"api/submissions/{id}"), "dossiers.received").GetProperty("reviewState").GetString());
    }

    [Fact]
    public async Task Confirm_CountsTheValueAsRead()
    {
        await using var host = await StartAsync();
        var id = (await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao.txt", Narrative))).GetProperty("submissionId").GetString()!;

        var (status, reviewed) = await ReviewAsync(host, id, new { code = "dossiers.resolved", action = "confirm" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("confirmed", Indicator(reviewed, "dossiers.resolved").GetProperty("reviewState").GetString());
        var rollup = await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true");
        Assert.Equal(1200m, rollup.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "dossiers.resolved").GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Decision_LowersThePendingCountOfTheSubmission()
    {
        await using var host = await StartAsync();
        var id = (await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao.txt", Narrative))).GetProperty("submissionId").GetString()!;
        var before = (await host.GetJsonAsync($"api/submissions/{id}")).GetProperty("review");
        Assert.Equal(0.999, before.GetProperty("threshold").GetDouble());

        await ReviewAsync(host, id, new { code = "dossiers.resolved", action = "confirm" });

        var after = await host.GetJsonAsync($"api/submissions/{id}");
        Assert.Equal(before.GetProperty("pending").GetInt32() - 1, after.GetProperty("review").GetProperty("pending").GetInt32());
        Assert.Equal(after.GetProperty("awaitingReview").GetInt32(), after.GetProperty("review").GetProperty("pending").GetInt32());
        var rollup = await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true");
        Assert.Equal(rollup.GetProperty("awaitingReview").GetInt32(), after.GetProperty("review").GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task CertainValueNamedByAWarning_CountsAsPending()
    {
        await using var host = await StartAsync();
        // Canonical CSV values are certain (confidence 1); received ≠ resolved + pending is a soft identity, a warning.
        var csv = Reports.Csv("nb-xa-review", Period, new Dictionary<string, decimal> { ["dossiers.received"] = 100, ["dossiers.resolved"] = 50, ["dossiers.pending"] = 10 });

        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao.csv", csv));

        Assert.Equal("accepted", submission.GetProperty("status").GetString());
        var named = submission.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "warning")
            .SelectMany(f => f.GetProperty("codes").EnumerateArray().Select(c => c.GetString())).ToHashSet();
        Assert.Contains("dossiers.received", named);
        var received = Indicator(submission, "dossiers.received");
        Assert.True(received.GetProperty("confidence").GetDouble() >= 0.999, received.GetRawText());
        Assert.Equal(("awaiting", true), (received.GetProperty("reviewState").GetString(), received.GetProperty("review").GetBoolean()));
        var waiting = submission.GetProperty("indicators").EnumerateArray().Count(i => named.Contains(i.GetProperty("code").GetString()));
        Assert.Equal(waiting, submission.GetProperty("review").GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Parse_ShowsThePendingCountTheSubmissionShows_AtTheSameThreshold()
    {
        await using var host = await StartAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("tthc-review-").FullName, "bao-cao.txt");
        await File.WriteAllTextAsync(file, Narrative, TestContext.Current.CancellationToken);
        using var parse = TthcProcess.Start(new Dictionary<string, string?> { ["Review__ConfidenceThreshold"] = "0.999" }, "parse", file);
        await parse.WaitForExitAsync(TimeSpan.FromSeconds(60));

        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao.txt", Narrative));

        Assert.Equal(0, parse.ExitCode);
        var review = submission.GetProperty("review");
        Assert.True(review.GetProperty("pending").GetInt32() >= 2, submission.GetRawText());
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"awaiting review: {review.GetProperty("pending").GetInt32()} (ngưỡng / threshold {review.GetProperty("threshold").GetDouble()})"),
            parse.StandardOutput,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadDecisions_AreRefusedWithProblemJson()
    {
        await using var host = await StartAsync();
        var id = (await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao.txt", Narrative))).GetProperty("submissionId").GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewAsync(host, id, new { code = "dossiers.nothing", action = "confirm" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewAsync(host, id, new { code = "dossiers.received", action = "correct" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewAsync(host, id, new { code = "dossiers.received", action = "correct", value = 12.5 })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewAsync(host, id, new { code = "dossiers.received", action = "approve" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewAsync(host, "s-unknown", new { code = "dossiers.received", action = "confirm" })).Status);
        Assert.Equal("awaiting", Indicator(await host.GetJsonAsync($"api/submissions/{id}"), "dossiers.received").GetProperty("reviewState").GetString());
    }

    [Fact]
    public async Task SupersededVersion_CannotBeReviewed()
    {
        await using var host = await StartAsync();
        var old = (await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao.txt", Narrative))).GetProperty("submissionId").GetString()!;
        await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-review", "bao-cao-2.txt", Narrative.Replace("1.234", "1.236", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Conflict, (await ReviewAsync(host, old, new { code = "dossiers.received", action = "confirm" })).Status);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReviewAsync(TestHost host, string submissionId, object body)
    {
        using var response = await host.Http.PostAsJsonAsync($"api/submissions/{submissionId}/review", body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static JsonElement Indicator(JsonElement submission, string code)
        => submission.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    private async Task<TestHost> StartAsync()
    {
        var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Review:ConfidenceThreshold"] = "0.999" });
        await host.LoadRegistryAsync(Registry);
        return host;
    }
}
