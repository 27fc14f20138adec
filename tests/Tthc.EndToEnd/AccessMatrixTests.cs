using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Access;

namespace Tthc.EndToEnd;

/// <summary>
/// Every route × role over real HTTP on one <c>serve</c> host on Azurite: without a key 401, outside the key's role or
/// scope 403, inside it the route works. The table below is the access table of CONTRACTS.md ("Identity and roles").
/// </summary>
public sealed class AccessMatrixTests(AccessHost fixture) : IClassFixture<AccessHost>
{
    private const string Admin = "admin";
    private const string HaTinh = "province:ha-tinh";
    private const string HungYen = "province:hung-yen";
    private const string UnitA = "unit:ht-a";
    private const string OtherProvinceUnit = "unit:hy-a";

    /// <summary>Route (POST keys makes a ht-b key; DELETE revokes a fresh one) → callers allowed, callers refused (403). Every route is also called without a key (401).</summary>
    private static readonly Dictionary<string, (string[] Allowed, string[] Forbidden)> Routes = new()
    {
        ["POST reports/ht-a/{file}"] = ([Admin, HaTinh, UnitA], [HungYen, OtherProvinceUnit, "unit:ht-b"]),
        ["POST reports/ht-a/upload-url?fileName=q1.csv"] = ([Admin, HaTinh, UnitA], [HungYen, OtherProvinceUnit, "unit:ht-b"]),
        ["GET submissions/{ht-a}"] = ([Admin, HaTinh, UnitA], [HungYen, OtherProvinceUnit, "unit:ht-b"]),
        ["POST submissions/{ht-a-failed}/retry"] = ([Admin, HaTinh], [HungYen, UnitA, OtherProvinceUnit]),
        ["GET rollups/ha-tinh/2026-Q1"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["POST rollups/ha-tinh/2026-Q1"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["GET rollups/ha-tinh/2026-Q1/units"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["GET rollups/ha-tinh/2026-Q1/export?format=csv"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["GET registry/ha-tinh"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["PUT registry/ha-tinh"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["POST keys"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["GET keys"] = ([Admin, HaTinh], [UnitA, OtherProvinceUnit]),
        ["DELETE keys/{ht-b-key}"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["GET audit?province=ha-tinh"] = ([Admin, HaTinh], [HungYen, UnitA]),
        ["GET audit"] = ([Admin, HaTinh], [UnitA, OtherProvinceUnit]),
        ["GET submissions/{ht-a}/lines"] = ([Admin, HaTinh, UnitA], [HungYen, OtherProvinceUnit, "unit:ht-b"]),
        ["POST submissions/{ht-a}/review"] = ([Admin, HaTinh, UnitA], [HungYen, OtherProvinceUnit, "unit:ht-b"]),
        ["GET units/ht-a/submissions"] = ([Admin, HaTinh, UnitA], [HungYen, OtherProvinceUnit, "unit:ht-b"]),
        ["GET indicators"] = ([Admin, HaTinh, UnitA, OtherProvinceUnit], []),
        ["GET session"] = ([Admin, HaTinh, UnitA, OtherProvinceUnit], []),
    };

    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string, string>();
            foreach (var (route, (allowed, forbidden)) in Routes)
            {
                cases.Add(route, "none", "401");
                foreach (var caller in forbidden)
                {
                    cases.Add(route, caller, "403");
                }

                foreach (var caller in allowed)
                {
                    cases.Add(route, caller, "2xx");
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_Caller_GetsTheAnswerOfTheAccessTable(string route, string caller, string expected)
    {
        var http = await fixture.ClientAsync(caller);

        using var response = await http.SendAsync(await RequestAsync(route), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        switch (expected)
        {
            case "401":
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
                AssertProblem(response, body, "Cần khóa truy cập / Authentication required");
                break;
            case "403":
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                AssertProblem(response, body, "Không có quyền / Forbidden");
                break;
            default:
                Assert.True(response.IsSuccessStatusCode, $"{route} as {caller}: {(int)response.StatusCode} {body}");
                break;
        }
    }

    [Fact]
    public void EveryRouteOfTheApi_IsInTheMatrix()
    {
        var inMatrix = Routes.Keys.Select(r => r.Split(' ')[0] + " " + Template(r.Split(' ')[1])).ToHashSet(StringComparer.Ordinal);

        var rules = Tthc.Api.ApiAccessRules.All.Select(r => $"{r.Method} {r.Route}").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(rules.Order(StringComparer.Ordinal), inMatrix.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("tthc_0123456789abcdef_not-a-key-that-was-ever-made")]
    [InlineData("something else entirely")]
    public async Task UnknownKey_Unauthorized(string key)
    {
        using var http = fixture.Host.WithKey(key);

        using var response = await http.GetAsync("api/rollups/ha-tinh/2026-Q1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RevokedKey_UnauthorizedAtOnce()
    {
        var made = await CreateKeyAsync(fixture.Host.Http, "unit", "ht-b", expires: null);
        using var http = fixture.Host.WithKey(made.Key);
        using var before = await http.PostAsync("api/reports/ht-b/q1.csv", new StringContent(AccessHost.Report("ht-b")), TestContext.Current.CancellationToken);

        using var revoke = await fixture.Host.Http.DeleteAsync($"api/keys/{made.Id}", TestContext.Current.CancellationToken);
        using var after = await http.PostAsync("api/reports/ht-b/q1-b.csv", new StringContent(AccessHost.Report("ht-b")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task ExpiredKey_Unauthorized()
    {
        var made = await CreateKeyAsync(fixture.Host.Http, "unit", "ht-b", DateTimeOffset.UtcNow.AddSeconds(-1));
        using var http = fixture.Host.WithKey(made.Key);

        using var response = await http.GetAsync($"api/submissions/{fixture.SubmissionId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListedKeys_NeverShowTheKeyOrItsHash_AndAProvinceSeesOnlyItsOwn()
    {
        var haTinh = await fixture.ClientAsync(HaTinh);
        var made = await CreateKeyAsync(haTinh, "unit", "ht-b", expires: null);
        var otherUnitKey = await fixture.Host.KeyAsync(AccessRole.Unit, "hy-a");

        var text = await haTinh.GetStringAsync("api/keys", TestContext.Current.CancellationToken);

        var listed = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        Assert.Contains(listed, k => k.GetProperty("id").GetString() == made.Id);
        Assert.All(listed, k => Assert.True(k.GetProperty("scope").GetString() is "ha-tinh" or "ht-a" or "ht-b", k.ToString()));
        Assert.DoesNotContain(made.Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessKeySecret.Hash(made.Key), text, StringComparison.Ordinal);
        Assert.DoesNotContain(otherUnitKey, text, StringComparison.Ordinal);
    }

    private static void AssertProblem(HttpResponseMessage response, string body, string title)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
    }

    private static string Template(string path) => path.Split('?')[0] switch
    {
        "reports/ht-a/{file}" => Tthc.Api.ApiRoutes.ReportUpload,
        "reports/ht-a/upload-url" => Tthc.Api.ApiRoutes.ReportUploadUrl,
        "submissions/{ht-a}" => Tthc.Api.ApiRoutes.Submission,
        "submissions/{ht-a-failed}/retry" => Tthc.Api.ApiRoutes.SubmissionRetry,
        "rollups/ha-tinh/2026-Q1" => Tthc.Api.ApiRoutes.Rollup,
        "rollups/ha-tinh/2026-Q1/units" => Tthc.Api.ApiRoutes.RollupUnits,
        "rollups/ha-tinh/2026-Q1/export" => Tthc.Api.ApiRoutes.RollupExport,
        "registry/ha-tinh" => Tthc.Api.ApiRoutes.Registry,
        "keys" => Tthc.Api.ApiRoutes.Keys,
        "keys/{ht-b-key}" => Tthc.Api.ApiRoutes.Key,
        "audit" => Tthc.Api.ApiRoutes.Audit,
        "submissions/{ht-a}/lines" => Tthc.Api.ApiRoutes.SubmissionLines,
        "submissions/{ht-a}/review" => Tthc.Api.ApiRoutes.SubmissionReview,
        "units/ht-a/submissions" => Tthc.Api.ApiRoutes.UnitSubmissions,
        var other => other,
    };

    // A submission of ht-a that failed (as its last delivery would leave it), for each retry call.
    private async Task<string> FailedSubmissionAsync()
    {
        var id = "ht-a-failed-" + Guid.NewGuid().ToString("N")[..12];
        var store = fixture.Host.Host.Services.GetRequiredService<Tthc.Pipeline.Ports.ISubmissionStore>();
        await store.SaveAsync(
            new Tthc.Pipeline.Submissions.Submission(id, "ht-a", "f.csv", "0", "missing", DateTimeOffset.UtcNow, Tthc.Pipeline.Submissions.SubmissionStatus.Failed) { FailureReason = "test" },
            TestContext.Current.CancellationToken);
        return id;
    }

    private static async Task<(string Key, string Id)> CreateKeyAsync(HttpClient by, string role, string scope, DateTimeOffset? expires)
    {
        using var response = await by.PostAsJsonAsync("api/keys", new { role, scope, expires }, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("key").GetString()!, body.GetProperty("id").GetString()!);
    }

    private async Task<HttpRequestMessage> RequestAsync(string route)
    {
        var method = new HttpMethod(route.Split(' ')[0]);
        return route switch
        {
            "POST reports/ht-a/{file}" => new(method, $"api/reports/ht-a/{Guid.NewGuid():N}.csv") { Content = new StringContent(AccessHost.Report("ht-a"), Encoding.UTF8, "text/csv") },
            "GET submissions/{ht-a}" => new(method, $"api/submissions/{fixture.SubmissionId}"),
            "GET submissions/{ht-a}/lines" => new(method, $"api/submissions/{fixture.SubmissionId}/lines"),
            "POST submissions/{ht-a}/review" => new(method, $"api/submissions/{fixture.SubmissionId}/review") { Content = JsonContent.Create(new { code = "dossiers.received", action = "confirm" }) },
            "POST submissions/{ht-a-failed}/retry" => new(method, $"api/submissions/{await FailedSubmissionAsync()}/retry"),
            "PUT registry/ha-tinh" => new(method, "api/registry/ha-tinh") { Content = new StringContent(AccessHost.HaTinhRegistry, Encoding.UTF8, "text/csv") },
            "POST keys" => new(method, "api/keys") { Content = JsonContent.Create(new { role = "unit", scope = "ht-b" }) },
            "DELETE keys/{ht-b-key}" => new(method, $"api/keys/{(await CreateKeyAsync(fixture.Host.Http, "unit", "ht-b", expires: null)).Id}"),
            _ => new(method, "api/" + route.Split(' ')[1]),
        };
    }
}
