using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Tthc.EndToEnd;

/// <summary>
/// Issue 13's hostile user against one <c>serve</c> host: huge numbers, absurd periods, hidden characters, a registry
/// too large for the route and one of 100,000 units, a stalled body. Every answer is a 4xx or an upload that ends
/// <c>rejected</c> (or accepted when it is a report) — never a 500, never a host that stops.
/// </summary>
public sealed class HostileUploadTests(HostileHost fixture) : IClassFixture<HostileHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> HostileReports => new()
    {
        { "huge.csv", "unit,period,indicator,value\nqn-a,2026-Q1,dossiers.received,79000000000000000000000000000\n" },
        { "beyond-decimal.csv", "unit,period,indicator,value\nqn-a,2026-Q1,dossiers.received," + new string('9', 31) + "\n" },
        { "negative.csv", "unit,period,indicator,value\nqn-a,2026-Q1,dossiers.received,-5\n" },
        { "rate.csv", "unit,period,indicator,value\nqn-a,2026-Q1,rate.satisfaction,\"100,01\"\n" },
        { "forever.csv", "unit,period,indicator,value\nqn-a,0001-01-01..9999-12-31,dossiers.received,5\n" },
        { "long-window.csv", "unit,period,indicator,value\nqn-a,2025-01-01..2026-06-30,dossiers.received,5\n" },
        { "far-future.csv", "unit,period,indicator,value\nqn-a,2099-Q4,dossiers.received,5\n" },
        { "past.csv", "unit,period,indicator,value\nqn-a,2001-02,dossiers.received,5\n" },
        { "big-exponent.json", "{\"unit\": \"qn-a\", \"period\": \"2026-Q1\", \"values\": {\"dossiers.received\": 1e400}}" },
        { "nan.json", "{\"unit\": \"qn-a\", \"period\": \"2026-Q1\", \"values\": {\"dossiers.received\": \"NaN\"}}" },
        { "unknown-codes.csv", "unit,period,indicator,value\n" + string.Concat(Enumerable.Range(0, 900).Select(i => $"qn-a,2026-Q1,x.code{i},1\n")) },
        { "too-many-rows.csv", "unit,period,indicator,value\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"qn-a,2026-Q1,x.code{i},1\n")) },
        { "too-many-keys.json", "{\"unit\": \"qn-a\", \"period\": \"2026-Q1\", \"values\": {" + string.Join(',', Enumerable.Range(0, 5_000).Select(i => $"\"x{i}\": 1")) + "}}" },
    };

    [Theory]
    [MemberData(nameof(HostileReports))]
    public async Task HostileReport_IsRejectedWithAFindingNamingTheFile(string fileName, string content)
    {
        var id = await fixture.Host.UploadAsync("qn-a", fileName, content);

        var submission = await fixture.Host.WaitForSubmissionAsync(id);

        Assert.Equal("rejected", submission.GetProperty("status").GetString());
        var findings = submission.GetProperty("findings").EnumerateArray().ToList();
        Assert.InRange(findings.Count, 1, 101);
        Assert.Contains(findings, f => f.GetProperty("severity").GetString() == "error" && f.GetProperty("message").GetString()!.Contains(fileName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownCodes_AreOneFinding()
    {
        var content = "unit,period,indicator,value\n" + string.Concat(Enumerable.Range(0, 900).Select(i => $"qn-a,2026-Q1,x.code{i},1\n"));

        var submission = await fixture.Host.WaitForSubmissionAsync(await fixture.Host.UploadAsync("qn-a", "unknown-once.csv", content));

        var finding = Assert.Single(submission.GetProperty("findings").EnumerateArray());
        Assert.Equal("indicator.known", finding.GetProperty("rule").GetString());
        Assert.Contains("900", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwentyMegabyteCsvOfUnknownCodes_IsRejectedWithOneFindingNotFailed()
    {
        // Issue 13, case 3: this file once ended failed ("entity larger than 1MB") after peaking at 4.4 GB.
        var csv = new StringBuilder("unit,period,indicator,value\n", 20 * 1024 * 1024 + 100);
        for (var i = 0; csv.Length < (20 * 1024 * 1024) - 64; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"qn-a,2026-Q1,x.unknown_indicator_code_{i},{i}\n");
        }

        var submission = await fixture.Host.WaitForSubmissionAsync(await fixture.Host.UploadAsync("qn-a", "unknown-20mb.csv", csv.ToString()), TimeSpan.FromSeconds(120));

        Assert.Equal("rejected", submission.GetProperty("status").GetString());
        Assert.InRange(submission.GetProperty("findings").GetArrayLength(), 1, 2);
    }

    [Theory]
    [InlineData("bao-cao%E2%80%AEvsc.exe")]
    [InlineData("bao%07cao.csv")]
    [InlineData("bao%E2%80%8Bcao.csv")]
    public async Task FileNameWithHiddenCharacters_Is400(string escapedName)
    {
        using var response = await fixture.Host.Http.PostAsync($"api/reports/qn-a/{escapedName}", new StringContent("x"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain('\u202E', await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task RegistryOverTheRouteLimit_Is413()
    {
        var body = new ByteArrayContent(new byte[13_000_000]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        using var response = await fixture.Host.Http.PutAsync("api/registry/quang-ninh", body, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RegistryOf100000Units_LoadsAndItsRollupAnswers()
    {
        var csv = new StringBuilder(Reports.RegistryHeader + "thai-nguyen,Tỉnh Thái Nguyên,province,thai-nguyen,,,,\n");
        for (var i = 0; i < 100_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"tn-{i},Xã {i} (thử nghiệm),commune,thai-nguyen,thai-nguyen,,,\n");
        }

        await fixture.Host.LoadRegistryAsync(csv.ToString());
        var id = await fixture.Host.UploadAsync("tn-7", "r.csv", "unit,period,indicator,value\ntn-7,2026-Q1,dossiers.received,5\n");
        Assert.Equal("accepted", (await fixture.Host.WaitForSubmissionAsync(id)).GetProperty("status").GetString());

        var built = await fixture.Host.PostJsonAsync("api/rollups/thai-nguyen/2026-Q1");
        var stored = await fixture.Host.GetJsonAsync("api/rollups/thai-nguyen/2026-Q1");

        Assert.Equal(100_000, built.GetProperty("expectedUnits").GetInt32());
        Assert.Equal(99_999, stored.GetProperty("missingUnits").GetArrayLength());
        using var export = await fixture.Host.Http.GetAsync("api/rollups/thai-nguyen/2026-Q1/export?format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task StalledRequestBody_Is408NotA500()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(fixture.Host.Host.BaseAddress.Host, fixture.Host.Host.BaseAddress.Port, Ct);
        var stream = client.GetStream();
        var auth = fixture.Host.Http.DefaultRequestHeaders.Authorization!.ToString();
        var head = $"POST /api/reports/qn-a/stalled.csv HTTP/1.1\r\nHost: localhost\r\nAuthorization: {auth}\r\nContent-Length: 100000\r\n\r\nunit,period";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), Ct);

        // Kestrel's minimum body data rate (240 B/s after a 5 s grace) ends the request; read its answer.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var answer = Encoding.ASCII.GetString(buffer, 0, read);

        Assert.StartsWith("HTTP/1.1 408", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAllThat_TheHostStillServes()
    {
        var id = await fixture.Host.UploadAsync("qn-a", "ok.csv", "unit,period,indicator,value\nqn-a,2026-Q1,dossiers.received,5\n");

        var submission = await fixture.Host.WaitForSubmissionAsync(id);

        Assert.Equal("accepted", submission.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Array, (await fixture.Host.GetJsonAsync("api/rollups/quang-ninh/2026-Q1?fresh=true")).GetProperty("indicators").ValueKind);
    }
}
