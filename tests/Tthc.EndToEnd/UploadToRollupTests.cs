using System.Text.Json;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>Issue 2's story over real HTTP against Azurite: upload, process, roll up, resubmit, reject.</summary>
public sealed class UploadToRollupTests(AzuriteFixture azurite)
{
    private const string Province = "ninh-binh";
    private const string Period = "2026-Q1";

    private static readonly string Registry = Reports.RegistryHeader +
        "ninh-binh,Tỉnh Ninh Bình,province,ninh-binh,,,,\n" +
        "nb-xa-a,Xã An (thử nghiệm),commune,ninh-binh,ninh-binh,2025-07-01,,\n" +
        "nb-xa-b,Xã Bình (thử nghiệm),commune,ninh-binh,ninh-binh,2025-07-01,,\n" +
        "nb-so-c,Sở Công (thử nghiệm),department,ninh-binh,ninh-binh,2025-07-01,,\n" +
        "nb-xa-d,Xã Đông (thử nghiệm),commune,ninh-binh,ninh-binh,2025-07-01,,\n";

    private static readonly Dictionary<string, Dictionary<string, decimal>> Figures = new()
    {
        ["nb-xa-a"] = Reports.Counts(carried: 10, online: 900, direct: 100, pending: 30, digitized: 90m),
        ["nb-xa-b"] = Reports.Counts(carried: 5, online: 300, direct: 200, pending: 12, digitized: 80m),
        ["nb-so-c"] = Reports.Counts(carried: 0, online: 1_000, direct: 0, pending: 4, digitized: 99.5m),
    };

    [Fact]
    public async Task ThreeUnits_Rollup_SumsCountsRecomputesRatioAndListsMissingUnit()
    {
        await using var host = await StartAsync();
        foreach (var (unit, values) in Figures)
        {
            var id = await host.UploadAsync(unit, $"{unit}.csv", Reports.Csv(unit, Period, values));
            Assert.Equal("accepted", (await host.WaitForSubmissionAsync(id)).GetProperty("status").GetString());
        }

        var rollup = await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true");

        Assert.Equal(4, rollup.GetProperty("expectedUnits").GetInt32());
        Assert.Equal(3, rollup.GetProperty("reportedUnits").GetInt32());
        Assert.Equal(["nb-xa-d"], rollup.GetProperty("missingUnits").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        foreach (var code in new[] { "dossiers.received", "dossiers.received_online", "dossiers.received_direct", "dossiers.resolved", "dossiers.pending" })
        {
            var entry = Indicator(rollup, code);
            Assert.Equal(Figures.Values.Sum(v => v[code]), entry.GetProperty("value").GetDecimal());
            Assert.Equal("sum", entry.GetProperty("method").GetString());
            Assert.Equal(3, entry.GetProperty("contributors").GetInt32());
        }

        var online = Figures.Values.Sum(v => v["dossiers.received_online"]);
        var direct = Figures.Values.Sum(v => v["dossiers.received_direct"]);
        var share = Indicator(rollup, "rate.online_dossiers");
        Assert.Equal("ratio", share.GetProperty("method").GetString());
        Assert.Equal(decimal.Round(online / (online + direct) * 100m, 2), share.GetProperty("value").GetDecimal());
        var meanOfUnitRates = Figures.Values.Average(v => v["dossiers.received_online"] / (v["dossiers.received_online"] + v["dossiers.received_direct"]) * 100m);
        Assert.NotEqual(decimal.Round(meanOfUnitRates, 2), share.GetProperty("value").GetDecimal());

        var digitized = Indicator(rollup, "rate.digitized_dossiers");
        Assert.Equal("mean", digitized.GetProperty("method").GetString());
        Assert.Equal(80m, digitized.GetProperty("min").GetDecimal());
        Assert.Equal(99.5m, digitized.GetProperty("max").GetDecimal());
        Assert.Equal(2, rollup.GetProperty("byLevel").GetProperty("commune").EnumerateArray().First(e => e.GetProperty("code").GetString() == "dossiers.received_online").GetProperty("contributors").GetInt32());
    }

    [Fact]
    public async Task MoreReportsThanWorkerSlots_AreAllAccepted()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Worker:BatchSize"] = "2" });
        var registry = Reports.RegistryHeader + string.Concat(Enumerable.Range(1, 9).Select(i => $"nb-slot-{i},Xã {i} (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n"));
        await host.LoadRegistryAsync(registry);

        var ids = await Task.WhenAll(Enumerable.Range(1, 9).Select(i => host.UploadAsync($"nb-slot-{i}", "r.csv", Reports.Csv($"nb-slot-{i}", Period, Reports.Counts(i, 10 * i, i, 1, 90m)))));

        foreach (var id in ids)
        {
            Assert.Equal("accepted", (await host.WaitForSubmissionAsync(id)).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task SameBytesAgain_ChangesNothing()
    {
        await using var host = await StartAsync();
        var csv = Reports.Csv("nb-xa-a", Period, Figures["nb-xa-a"]);
        var first = await host.UploadAsync("nb-xa-a", "a.csv", csv);
        await host.WaitForSubmissionAsync(first);
        var before = await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true");

        var second = await host.UploadAsync("nb-xa-a", "a-again.csv", csv);

        Assert.Equal(first, second);
        var submission = await host.WaitForSubmissionAsync(second);
        Assert.Equal("accepted", submission.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, submission.GetProperty("supersededBy").ValueKind);
        var units = await host.GetJsonAsync($"api/rollups/{Province}/{Period}/units");
        Assert.Equal(first, Assert.Single(units.GetProperty("units").EnumerateArray()).GetProperty("submissionId").GetString());
        var after = await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true");
        Assert.Equal(before.GetProperty("indicators").GetRawText(), after.GetProperty("indicators").GetRawText());
    }

    [Fact]
    public async Task CorrectedResubmission_ReplacesUnitFigures_OlderStaysInHistory()
    {
        await using var host = await StartAsync();
        var original = await host.UploadAsync("nb-xa-a", "a.csv", Reports.Csv("nb-xa-a", Period, Figures["nb-xa-a"]));
        await host.WaitForSubmissionAsync(original);
        var corrected = Reports.Counts(carried: 10, online: 950, direct: 100, pending: 30, digitized: 91m);
        corrected.Remove("rate.digitized_dossiers");

        var replacement = await host.UploadAsync("nb-xa-a", "a-sua.csv", Reports.Csv("nb-xa-a", Period, corrected));

        Assert.NotEqual(original, replacement);
        Assert.Equal("accepted", (await host.WaitForSubmissionAsync(replacement)).GetProperty("status").GetString());
        var old = await host.GetJsonAsync($"api/submissions/{original}");
        Assert.Equal("accepted", old.GetProperty("status").GetString());
        Assert.Equal(replacement, old.GetProperty("supersededBy").GetString());
        var unit = Assert.Single((await host.GetJsonAsync($"api/rollups/{Province}/{Period}/units")).GetProperty("units").EnumerateArray());
        Assert.Equal(replacement, unit.GetProperty("submissionId").GetString());
        Assert.Equal(950m, unit.GetProperty("values").GetProperty("dossiers.received_online").GetDecimal());
        Assert.False(unit.GetProperty("values").TryGetProperty("rate.digitized_dossiers", out _));
        var rollup = await host.GetJsonAsync($"api/rollups/{Province}/{Period}?fresh=true");
        Assert.Equal(1060m, Indicator(rollup, "dossiers.received").GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task GarbageFile_EndsRejectedWithFindings_AndTouchesNoRows()
    {
        await using var host = await StartAsync();
        var garbage = new byte[4096];
        new Random(5).NextBytes(garbage);

        var id = await host.UploadAsync("nb-xa-b", "bao-cao.docx", garbage);

        var submission = await host.WaitForSubmissionAsync(id);
        Assert.Equal("rejected", submission.GetProperty("status").GetString());
        var finding = Assert.Single(submission.GetProperty("findings").EnumerateArray());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Contains("bao-cao.docx", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty((await host.GetJsonAsync($"api/rollups/{Province}/{Period}/units")).GetProperty("units").EnumerateArray());
    }

    [Fact]
    public async Task BadValue_RejectedNamingFileIndicatorAndLine()
    {
        await using var host = await StartAsync();
        var csv = Reports.Csv("nb-xa-b", Period, Figures["nb-xa-b"]).Replace("dossiers.pending,12", "dossiers.pending,-12", StringComparison.Ordinal);

        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-b", "b.csv", csv));

        Assert.Equal("rejected", submission.GetProperty("status").GetString());
        var finding = submission.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("codes").EnumerateArray().Any(c => c.GetString() == "dossiers.pending"));
        Assert.Equal(7, finding.GetProperty("line").GetInt32());
        Assert.Contains("b.csv", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Số hồ sơ đang giải quyết", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty((await host.GetJsonAsync($"api/rollups/{Province}/{Period}/units")).GetProperty("units").EnumerateArray());
    }

    [Fact]
    public async Task UnknownUnit_RejectedWithThatReason()
    {
        await using var host = await StartAsync();

        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-khong-co", "x.csv", Reports.Csv("nb-xa-khong-co", Period, Figures["nb-xa-a"])));

        Assert.Equal("rejected", submission.GetProperty("status").GetString());
        Assert.Contains(submission.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "unit.registered");
    }

    [Fact]
    public async Task ReportNamingAnotherUnit_RejectedWithThatReason()
    {
        await using var host = await StartAsync();

        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-xa-a", "b.csv", Reports.Csv("nb-xa-b", Period, Figures["nb-xa-b"])));

        Assert.Equal("rejected", submission.GetProperty("status").GetString());
        Assert.Contains(submission.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "unit.matches-upload");
    }

    [Fact]
    public async Task FileWrittenStraightIntoIncomingContainer_IsIngestedLikeAnUpload()
    {
        await using var host = await StartAsync();
        var container = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, "reports-" + host.Suffix);

        await container.UploadBlobAsync("incoming/nb-xa-b/b.csv", BinaryData.FromString(Reports.Csv("nb-xa-b", Period, Figures["nb-xa-b"])), TestContext.Current.CancellationToken);

        JsonElement units;
        var until = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            units = (await host.GetJsonAsync($"api/rollups/{Province}/{Period}/units")).GetProperty("units");
        }
        while (units.GetArrayLength() == 0 && DateTime.UtcNow < until);

        Assert.Equal("nb-xa-b", Assert.Single(units.EnumerateArray()).GetProperty("unit").GetString());
    }

    [Fact]
    public async Task FileWrittenStraightIntoIncoming_OverTheUploadLimit_IsTaggedRefusedNotIngested()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Upload:MaxFileBytes"] = "32" });
        var container = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, "reports-" + host.Suffix);
        var blob = container.GetBlobClient("incoming/nb-xa-b/big.csv");

        await blob.UploadAsync(BinaryData.FromString(Reports.Csv("nb-xa-b", Period, Figures["nb-xa-b"])), TestContext.Current.CancellationToken);

        // The watcher scans every 0.3 s here: polled a bounded number of times, not against the clock.
        string? tag = null;
        for (var poll = 0; poll < 300 && tag is null; poll++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            (await blob.GetPropertiesAsync(cancellationToken: TestContext.Current.CancellationToken)).Value.Metadata.TryGetValue("tthcsubmission", out tag);
        }

        Assert.Equal("refused", tag);
        var archived = container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "submissions/", TestContext.Current.CancellationToken);
        Assert.Empty(await archived.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ConcurrentRecomputes_LeaveACorrectRollup()
    {
        await using var host = await StartAsync();
        foreach (var (unit, values) in Figures)
        {
            await host.WaitForSubmissionAsync(await host.UploadAsync(unit, $"{unit}.csv", Reports.Csv(unit, Period, values)));
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.PostJsonAsync($"api/rollups/{Province}/{Period}")));

        var stored = await host.GetJsonAsync($"api/rollups/{Province}/{Period}");
        Assert.Equal(Figures.Values.Sum(v => v["dossiers.received"]), Indicator(stored, "dossiers.received").GetProperty("value").GetDecimal());
        Assert.Contains(runs, r => r.GetProperty("computedAt").GetString() == stored.GetProperty("computedAt").GetString());
    }

    [Fact]
    public async Task UnknownProvinceOrBadPeriod_AnswerProblemJson()
    {
        await using var host = await StartAsync();

        using var unknown = await host.Http.GetAsync("api/rollups/atlantis/2026-Q1", TestContext.Current.CancellationToken);
        using var badPeriod = await host.Http.GetAsync($"api/rollups/{Province}/2026-Q9", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Equal("application/problem+json", badPeriod.Content.Headers.ContentType?.MediaType);
    }

    private static JsonElement Indicator(JsonElement rollup, string code)
        => rollup.GetProperty("indicators").EnumerateArray().Single(e => e.GetProperty("code").GetString() == code);

    [Fact]
    public async Task NarrativeWithHedgedAndWrittenFigures_Submission_ListsNotValuesAndValuesAwaitingReview()
    {
        await using var host = await StartAsync();
        var id = await host.UploadAsync("nb-xa-a", "bao-cao.txt", """
            UBND XÃ AN
            BÁO CÁO quý I năm 2026
            Trong quý, xã đã tiếp nhận hơn 1.200 hồ sơ; đã giải quyết 1.150 hồ sơ, chỉ tám hồ sơ quá hạn.
            """);

        var submission = await host.WaitForSubmissionAsync(id);

        var notValue = Assert.Single(submission.GetProperty("notValues").EnumerateArray(), n => n.GetProperty("why").GetString() == "hedged");
        Assert.Equal("dossiers.received", notValue.GetProperty("code").GetString());
        Assert.Equal(3, notValue.GetProperty("line").GetInt32());
        var late = submission.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "dossiers.resolved_late");
        Assert.True(late.GetProperty("review").GetBoolean());
        Assert.True(submission.GetProperty("review").GetProperty("pending").GetInt32() >= 1);
        Assert.Equal(0.9, submission.GetProperty("review").GetProperty("threshold").GetDouble());
    }

    private async Task<TestHost> StartAsync()
    {
        var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Registry);
        return host;
    }
}
