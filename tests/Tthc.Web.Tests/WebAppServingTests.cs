using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Tthc.Web.Tests;

/// <summary>How <c>serve</c> serves the web app at <c>/</c> (no browser needed): the page, its files and its headers.</summary>
public sealed partial class WebAppServingTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient http = new() { BaseAddress = app.Host.BaseAddress };

    [Fact]
    public async Task Root_ServesThePage_WithAStrictContentSecurityPolicy()
    {
        using var response = await http.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Page_HasNoInlineScriptOrStyle()
    {
        var html = await http.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.All(ScriptTag().Matches(html), m => Assert.Contains("src=", m.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" onclick=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("js/app.js", "text/javascript")]
    [InlineData("js/views/submission.js", "text/javascript")]
    [InlineData("app.css", "text/css")]
    [InlineData("favicon.svg", "image/svg+xml")]
    public async Task Assets_AreServedWithTheirMediaType(string path, string mediaType)
    {
        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SameETag_AnswersNotModified()
    {
        using var first = await http.GetAsync("js/app.js", TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "js/app.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await http.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("nothing-here.js")]
    [InlineData("api/no-such-route")]
    [InlineData("api")]
    public async Task UnknownPath_IsProblemJson404_NeverThePage(string path)
    {
        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiRoutes_StillWinOverTheCatchAll_AndNeedAKey()
    {
        using var withKey = await app.Admin.GetAsync("api/indicators", TestContext.Current.CancellationToken);
        using var without = await http.GetAsync("api/indicators", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal("application/json", withKey.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
    }

    [Fact]
    public async Task Session_SaysWhoseKeyItIs()
    {
        using var unit = new HttpClient { BaseAddress = app.Host.BaseAddress };
        unit.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateKeyAsync("unit", "ha-tinh-cam-xuyen"));

        var session = await unit.GetFromJsonAsync<System.Text.Json.JsonElement>("api/session", TestContext.Current.CancellationToken);

        Assert.Equal(("unit", "ha-tinh-cam-xuyen"), (session.GetProperty("role").GetString(), session.GetProperty("scope").GetString()));
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
