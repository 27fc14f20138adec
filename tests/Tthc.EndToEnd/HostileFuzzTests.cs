using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Tthc.EndToEnd;

/// <summary>
/// Issue 13's fuzz of the upload and registry routes: seeded random mixes of the hostile values (huge and odd numbers,
/// absurd periods, unknown and malformed codes, hidden characters in names, giant and garbled registries). Every answer
/// is a 4xx or a 202 whose submission ends <c>accepted</c> or <c>rejected</c>: never a 5xx, never <c>failed</c>, never an
/// exit. The seed is in each failure message, so a failing mix can be replayed.
/// </summary>
public sealed class HostileFuzzTests(HostileHost fixture) : IClassFixture<HostileHost>
{
    private static readonly string[] Periods =
    [
        "2026-Q1", "0001-01-01..9999-12-31", "2026-Q9", "2026-13", "2014", "2099-Q4", "9999999999", "-2026", "2026-02-30",
        "2026-01-01..2024-01-01", "2025-01-01..2026-06-30", "Q1-2026", "", "2026-Q1\u202E", "quý 1/2026", "2026-W53",
    ];

    private static readonly string[] Numbers =
    [
        "5", "79000000000000000000000000000", "1e400", "-1e400", "NaN", "Infinity", "-5", "1000000001", "0.0000000000000000000000000001",
        "100.01", "1,5", "1.000.000", "99999999999999999999999999999999999", "1e28", "0x10", "", "\"", "5\u00A0000", "١٢٣",
    ];

    private static readonly string[] Codes = ["dossiers.received", "dossiers.pending", "rate.digitized_dossiers", "rate.satisfaction", "x.unknown", "", "dossiers.received\u200B"];

    private static readonly string[] Units = ["qn-a", "qn-a", "qn-nobody", "QN-A", "qn a", "../qn-a", new string('q', 101)];

    private static readonly string[] FileNames = ["r.csv", "r.json", "r.txt", "r.xlsx", "r.pdf", "r", "..", "%E2%80%AE.csv", "a%07b.csv", new string('n', 201) + ".csv", "b%C3%A1o-c%C3%A1o.csv"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RandomHostileUploads_Are4xxOrEndAcceptedOrRejected(int seed)
    {
        var random = new Random(seed);
        var submissions = new List<(string Id, string What)>();
        for (var i = 0; i < 25; i++)
        {
            var unit = Pick(random, Units);
            var fileName = Pick(random, FileNames);
            var body = Body(random, unit);
            var what = $"seed {seed} #{i}: {unit}/{fileName} {Shorten(body)}";
            using var response = await fixture.Host.Http.PostAsync($"api/reports/{Uri.EscapeDataString(unit)}/{fileName}", new ByteArrayContent(Encoding.UTF8.GetBytes(body)), Ct);
            var code = (int)response.StatusCode;
            Assert.True(code == 202 || code is >= 400 and < 500, $"{what}: {code} {await response.Content.ReadAsStringAsync(Ct)}");
            if (code == 202)
            {
                submissions.Add((JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("submissionId").GetString()!, what));
            }
        }

        foreach (var (id, what) in submissions)
        {
            var status = (await fixture.Host.WaitForSubmissionAsync(id)).GetProperty("status").GetString();
            Assert.True(status is "accepted" or "rejected", $"{what}: {status}");
        }

        // The host still answers every read route for the province, whatever was stored.
        foreach (var path in new[] { "api/rollups/quang-ninh/2026-Q1?fresh=true", "api/rollups/quang-ninh/2026-Q1/units", "api/rollups/quang-ninh/2026-Q1/export?format=csv", "api/units/qn-a/submissions" })
        {
            using var read = await fixture.Host.Http.GetAsync(path, Ct);
            Assert.True(read.StatusCode == HttpStatusCode.OK, $"seed {seed}: GET {path}: {(int)read.StatusCode}");
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task RandomHostileRegistries_Are200Or4xx(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 8; i++)
        {
            var rows = random.Next(4) switch
            {
                0 => 200_000, // over the route's limit in bytes
                1 => random.Next(1, 50),
                2 => 0,
                _ => random.Next(1_000, 20_000),
            };
            var csv = new StringBuilder(random.Next(5) == 0 ? "code;name\n" : Reports.RegistryHeader);
            csv.Append("fuzz-tinh,Tỉnh Thử,province,fuzz-tinh,,,,\n");
            for (var r = 0; r < rows; r++)
            {
                csv.Append(random.Next(30) switch
                {
                    0 => $"ft-{r},\"Xã {r}\u202E\",commune,fuzz-tinh,fuzz-tinh,,,\n",
                    1 => $"ft-{r},Xã {r},galaxy,fuzz-tinh,fuzz-tinh,,,\n",
                    2 => $"ft-{r},Xã {r},commune,fuzz-tinh,fuzz-tinh,9999-99-99,,\n",
                    3 => $"ft-{r},Xã {r},commune,fuzz-tinh,ft-{r},,,\n",
                    4 => "\"unterminated,\n",
                    _ => string.Create(CultureInfo.InvariantCulture, $"ft-{r},Xã thử {r},commune,fuzz-tinh,fuzz-tinh,,,{new string('a', random.Next(0, 300))}\n"),
                });
            }

            var what = $"seed {seed} #{i}: {rows} rows, {csv.Length} chars";
            // Expect: 100-continue, as a client sending a large body should: the 413 comes before the body is sent
            // (otherwise the server's early answer and closed connection cut the client's send short).
            using var request = new HttpRequestMessage(HttpMethod.Put, "api/registry/fuzz-tinh?confirm=true") { Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv") };
            request.Headers.ExpectContinue = true;
            using var response = await fixture.Host.Http.SendAsync(request, Ct);
            var code = (int)response.StatusCode;
            Assert.True(code == 200 || code is >= 400 and < 500, $"{what}: {code} {Shorten(await response.Content.ReadAsStringAsync(Ct))}");
        }

        using var after = await fixture.Host.Http.GetAsync("api/rollups/fuzz-tinh/2026-Q1?fresh=true", Ct);
        Assert.True(after.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"seed {seed}: rollup after the registries: {(int)after.StatusCode}");
    }

    private static string Body(Random random, string unit)
    {
        var rows = random.Next(1, 6);
        if (random.Next(3) == 0)
        {
            var values = string.Join(',', Enumerable.Range(0, rows).Select(_ => $"\"{Pick(random, Codes)}\": {Json(Pick(random, Numbers))}"));
            return $"{{\"unit\": \"{unit}\", \"period\": \"{Pick(random, Periods)}\", \"values\": {{{values}}}}}";
        }

        var period = Pick(random, Periods);
        var sb = new StringBuilder("unit,period,indicator,value\n");
        for (var r = 0; r < rows; r++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{unit},{(random.Next(4) == 0 ? Pick(random, Periods) : period)},{Pick(random, Codes)},{Pick(random, Numbers)}\n");
        }

        return sb.ToString();
    }

    /// <summary>A number as JSON would carry it: bare when it is one, quoted otherwise.</summary>
    private static string Json(string number) => double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || number.StartsWith("1e", StringComparison.Ordinal) ? number : JsonSerializer.Serialize(number);

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
