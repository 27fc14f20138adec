using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Tthc.Pipeline.Rollups;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>Issue 4 over real HTTP and Azurite: checks at the door, the 2025 reform, cross-check, exports, nightly job.</summary>
public sealed class ChecksAndRollupsTests(AzuriteFixture azurite)
{
    private static readonly string Registry = Reports.RegistryHeader +
        "hung-yen,Tỉnh Hưng Yên,province,hung-yen,,,,\n" +
        "thai-binh,Tỉnh Thái Bình,province,thai-binh,,,2025-06-30,\n" +
        "hy-xa-a,Xã An Hưng (thử nghiệm),commune,hung-yen,hung-yen,,,\n" +
        "hy-xa-moi,Xã Đông Hưng (thử nghiệm),commune,thai-binh,thai-binh,,2025-06-30,\n" +
        "hy-xa-moi,Xã Đông Hưng (thử nghiệm),commune,hung-yen,hung-yen,2025-07-01,,\n" +
        "hy-xa-tieu,\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",commune,hung-yen,hung-yen,,,\n";

    [Fact]
    public async Task WrongTotal_IsRejected_NamingTheIdentityAndIndicator()
    {
        await using var host = await StartAsync();
        var values = Reports.Counts(carried: 10, online: 100, direct: 50, pending: 5, digitized: 90m);
        values["dossiers.received"] = 170; // 10 + 100 + 50 = 160

        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("hy-xa-a", "sai.csv", Reports.Csv("hy-xa-a", "2025-Q3", values)));

        Assert.Equal("rejected", submission.GetProperty("status").GetString());
        var finding = submission.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("severity").GetString() == "error");
        Assert.Contains("dossiers.received", finding.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Contains("dossiers.received", finding.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("Tổng số hồ sơ tiếp nhận", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Empty((await host.GetJsonAsync("api/rollups/hung-yen/2025-Q3/units")).GetProperty("units").EnumerateArray());
    }

    [Fact]
    public async Task UnitThatMovesProvinceOnReformDay_CountsInOldProvinceForQ2AndNewForQ3()
    {
        await using var host = await StartAsync();
        await host.WaitForSubmissionAsync(await host.UploadAsync("hy-xa-moi", "q2.csv", Reports.Csv("hy-xa-moi", "2025-Q2", Reports.Counts(1, 100, 10, 2, 90m))));
        await host.WaitForSubmissionAsync(await host.UploadAsync("hy-xa-moi", "q3.csv", Reports.Csv("hy-xa-moi", "2025-Q3", Reports.Counts(2, 200, 20, 3, 91m))));

        var oldQ2 = await host.GetJsonAsync("api/rollups/thai-binh/2025-Q2?fresh=true");
        var newQ2 = await host.GetJsonAsync("api/rollups/hung-yen/2025-Q2?fresh=true");
        var newQ3 = await host.GetJsonAsync("api/rollups/hung-yen/2025-Q3?fresh=true");

        Assert.Equal(111m, Received(oldQ2));
        Assert.Equal(1, oldQ2.GetProperty("expectedUnits").GetInt32());
        Assert.DoesNotContain(newQ2.GetProperty("indicators").EnumerateArray(), e => e.GetProperty("code").GetString() == "dossiers.received");
        Assert.Equal(222m, Received(newQ3));
        Assert.DoesNotContain("hy-xa-moi", newQ2.GetProperty("missingUnits").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task ProvinceOwnReport_IsCrossCheckedNotSummed()
    {
        await using var host = await StartAsync();
        await host.WaitForSubmissionAsync(await host.UploadAsync("hy-xa-a", "a.csv", Reports.Csv("hy-xa-a", "2025-Q3", Reports.Counts(10, 100, 50, 5, 90m))));
        var own = Reports.Counts(10, 100, 50, 5, 90m);
        own["dossiers.received_online"] = 120;
        own["dossiers.received"] = 180;
        own["dossiers.resolved"] = 175;

        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("hung-yen", "tinh.csv", Reports.Csv("hung-yen", "2025-Q3", own)));
        var rollup = await host.GetJsonAsync("api/rollups/hung-yen/2025-Q3?fresh=true");

        Assert.Equal("accepted", submission.GetProperty("status").GetString());
        Assert.Equal(160m, Received(rollup));
        var online = rollup.GetProperty("crossCheck").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "dossiers.received_online");
        Assert.Equal(120m, online.GetProperty("reported").GetDecimal());
        Assert.Equal(100m, online.GetProperty("computed").GetDecimal());
        Assert.Equal(20m, online.GetProperty("difference").GetDecimal());
    }

    [Fact]
    public async Task Export_CsvAndXlsx_HaveVietnameseLabelsAndNumbers_AndEscapeFormulas()
    {
        await using var host = await StartAsync();
        await host.WaitForSubmissionAsync(await host.UploadAsync("hy-xa-a", "a.csv", Reports.Csv("hy-xa-a", "2025-Q3", Reports.Counts(10, 1_000, 50, 5, 90m))));

        var csv = Encoding.UTF8.GetString(await host.Http.GetByteArrayAsync("api/rollups/hung-yen/2025-Q3/export?format=csv", TestContext.Current.CancellationToken));
        var xlsx = await host.Http.GetByteArrayAsync("api/rollups/hung-yen/2025-Q3/export?format=xlsx", TestContext.Current.CancellationToken);
        var text = await host.Http.GetStringAsync("api/rollups/hung-yen/2025-Q3/export?format=txt", TestContext.Current.CancellationToken);
        using var bad = await host.Http.GetAsync("api/rollups/hung-yen/2025-Q3/export?format=pdf", TestContext.Current.CancellationToken);

        Assert.Contains("Tổng số hồ sơ tiếp nhận", csv, StringComparison.Ordinal);
        Assert.Contains("1.060", csv, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var cells = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
            Assert.DoesNotContain(cells, c => c.CellFormula is not null);
            Assert.Contains(cells, c => c.InnerText.Contains("Tổng số hồ sơ tiếp nhận", StringComparison.Ordinal));
            Assert.Contains(cells, c => c.InnerText.StartsWith("'=HYPERLINK", StringComparison.Ordinal));
        }

        Assert.Contains("1.060", text, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task NightlyJob_RebuildsOnlyChangedPartitions()
    {
        await using var host = await StartAsync();
        await host.WaitForSubmissionAsync(await host.UploadAsync("hy-xa-a", "q3.csv", Reports.Csv("hy-xa-a", "2025-Q3", Reports.Counts(1, 10, 1, 1, 90m))));
        await host.WaitForSubmissionAsync(await host.UploadAsync("hy-xa-a", "q4.csv", Reports.Csv("hy-xa-a", "2025-Q4", Reports.Counts(1, 11, 1, 1, 90m))));
        var nightly = host.Host.Services.GetRequiredService<BuildChangedRollups>();

        var first = await nightly.ExecuteAsync(TestContext.Current.CancellationToken);
        var second = await nightly.ExecuteAsync(TestContext.Current.CancellationToken);
        await host.WaitForSubmissionAsync(await host.UploadAsync("hy-xa-a", "q4-sua.csv", Reports.Csv("hy-xa-a", "2025-Q4", Reports.Counts(1, 12, 1, 1, 90m))));
        var third = await nightly.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["hung-yen|2025-Q3", "hung-yen|2025-Q4"], first.Order(StringComparer.Ordinal));
        Assert.Empty(second);
        Assert.Equal(["hung-yen|2025-Q4"], third);
        Assert.Equal(14m, Received(await host.GetJsonAsync("api/rollups/hung-yen/2025-Q4")));
    }

    private static decimal Received(System.Text.Json.JsonElement rollup)
        => rollup.GetProperty("indicators").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "dossiers.received").GetProperty("value").GetDecimal();

    private async Task<TestHost> StartAsync()
    {
        var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Registry);
        return host;
    }
}
