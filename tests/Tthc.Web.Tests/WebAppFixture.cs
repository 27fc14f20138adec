using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Tthc.Core.Access;
using Tthc.LocalHosting;
using Tthc.Pipeline.Registry;
using Tthc.Testing;

namespace Tthc.Web.Tests;

/// <summary>
/// One <c>serve</c> host (which starts its own in-memory Azurite) and one headless Chromium per test class. The browser
/// is the apt package's <c>/usr/bin/chromium</c>, driven by Playwright (its own browser download does not work here).
/// Without it the tests skip saying so, or fail when <see cref="RequireBrowserVariable"/>=1 (CI sets it).
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string BrowserPath = "/usr/bin/chromium";

    public const string RequireBrowserVariable = "TTHC_REQUIRE_BROWSER";

    /// <summary>A synthetic registry: Hà Tĩnh with Cẩm Xuyên (a real sample's unit) and two units that never report.</summary>
    public const string Registry =
        "code,name,level,province,parent,valid_from,valid_to,aliases\n" +
        "ha-tinh,Tỉnh Hà Tĩnh,province,ha-tinh,,,,\n" +
        "ha-tinh-cam-xuyen,Huyện Cẩm Xuyên,district,ha-tinh,ha-tinh,,2025-06-30,\n" +
        "ha-tinh-thu-nghiem-a,Huyện Thử Nghiệm A,district,ha-tinh,ha-tinh,,2025-06-30,\n" +
        "ha-tinh-so-thu-nghiem,Sở Thử Nghiệm,department,ha-tinh,ha-tinh,,,\n";

    private IPlaywright? playwright;

    public LocalHost Host { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    /// <summary>An HTTP client with the admin key (to issue the keys people sign in with).</summary>
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>Issues a key through <c>POST /api/keys</c>, as a province or the admin hands one out.</summary>
    public async Task<string> CreateKeyAsync(string role, string scope)
    {
        using var response = await Admin.PostAsJsonAsync("api/keys", new { role, scope }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.GetRawText());
        return body.GetProperty("key").GetString()!;
    }

    /// <summary>Where the tests write their screenshots (gitignored).</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryFolders.Root, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        Host = await LocalHost.StartAsync(
            new LocalHostOptions
            {
                Port = 0,
                LogLevel = LogLevel.Warning,
                Settings = new Dictionary<string, string?>
                {
                    ["Auth:AdminKey"] = AccessKeySecret.Generate().Key,
                    ["Worker:MaxPollingInterval"] = "00:00:00.200",
                    ["Worker:IncomingScanInterval"] = "00:00:00.300",

                    // Every value read from a narrative waits for a person, whatever the reader's confidences become.
                    ["Review:ConfidenceThreshold"] = "0.999",
                },
            },
            TestContext.Current.CancellationToken);
        await Host.Services.GetRequiredService<ImportUnitRegistry>().ExecuteAsync(Caller.LocalHost, "ha-tinh", Registry, cancellationToken: TestContext.Current.CancellationToken);
        Admin = new HttpClient { BaseAddress = Host.BaseAddress };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.AdminKey.Key);

        Directory.CreateDirectory(ScreenshotFolder);
        if (!File.Exists(BrowserPath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserPath, Headless = true });
    }

    /// <summary>A fresh browser context (its own sessionStorage) on the host, at a desktop or a phone width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        if (Browser is null)
        {
            var reason = $"{BrowserPath} is not there: install the apt package chromium to run the browser tests.";
            if (Environment.GetEnvironmentVariable(RequireBrowserVariable) == "1")
            {
                Assert.Fail($"{reason} {RequireBrowserVariable}=1 requires it.");
            }

            Assert.Skip(reason);
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        Admin?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}
