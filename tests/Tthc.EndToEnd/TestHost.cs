using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Tthc.Core.Text;
using Tthc.LocalHosting;

namespace Tthc.EndToEnd;

/// <summary>A <c>serve</c> host on a free port with storage names of its own, and an HTTP client for it.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = TthcJson.Options;

    private TestHost(LocalHost host, string suffix)
    {
        Host = host;
        Suffix = suffix;
        Http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public LocalHost Host { get; }

    public HttpClient Http { get; }

    public string Suffix { get; }

    public static async Task<TestHost> StartAsync(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["ReportsContainer"] = "reports-" + suffix,
            ["ParseQueue"] = "parse-" + suffix,
            ["Storage:TablePrefix"] = "t" + suffix,
            ["Worker:MaxPollingInterval"] = "00:00:00.200",
            ["Worker:IncomingScanInterval"] = "00:00:00.300",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await LocalHost.StartAsync(new LocalHostOptions { Port = 0, Settings = all, LogLevel = LogLevel.Warning }, TestContext.Current.CancellationToken);
        return new TestHost(host, suffix);
    }

    public async Task LoadRegistryAsync(string csv)
    {
        using var response = await Http.PutAsync("api/registry/test", new StringContent(csv, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async Task<string> UploadAsync(string unit, string fileName, byte[] content)
    {
        using var response = await Http.PostAsync($"api/reports/{unit}/{fileName}", new ByteArrayContent(content), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken);
        return body.GetProperty("submissionId").GetString()!;
    }

    public Task<string> UploadAsync(string unit, string fileName, string content) => UploadAsync(unit, fileName, Encoding.UTF8.GetBytes(content));

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> PostJsonAsync(string path)
    {
        using var response = await Http.PostAsync(path, null, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Polls a submission until it reaches a final status.</summary>
    public async Task<JsonElement> WaitForSubmissionAsync(string submissionId, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var submission = await GetJsonAsync($"api/submissions/{submissionId}");
            if (submission.GetProperty("status").GetString() is "accepted" or "rejected" or "failed" || DateTime.UtcNow > until)
            {
                return submission;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
