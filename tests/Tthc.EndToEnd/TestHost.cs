using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Tthc.Core.Access;
using Tthc.Core.Text;
using Tthc.Core.Units;
using Tthc.LocalHosting;

namespace Tthc.EndToEnd;

/// <summary>
/// A <c>serve</c> host on a free port with storage names of its own, and HTTP clients for it that authenticate as
/// any client must: <see cref="Http"/> with the admin key, <see cref="ClientForAsync"/> with a unit or province key
/// made through <c>POST /api/keys</c>. Uploads go with the unit's own key.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = TthcJson.Options;

    private readonly ConcurrentDictionary<(AccessRole, string), Lazy<Task<string>>> keys = new();
    private readonly ConcurrentDictionary<string, HttpClient> clients = new(StringComparer.Ordinal);

    private TestHost(LocalHost host, string suffix)
    {
        Host = host;
        Suffix = suffix;
        Http = WithKey(host.AdminKey.Key);
    }

    public LocalHost Host { get; }

    /// <summary>A client with the admin key.</summary>
    public HttpClient Http { get; }

    /// <summary>A client without any key.</summary>
    public HttpClient Anonymous => clients.GetOrAdd(string.Empty, _ => new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) });

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
            ["Auth:AdminKey"] = AccessKeySecret.Generate().Key,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await LocalHost.StartAsync(new LocalHostOptions { Port = 0, Settings = all, LogLevel = LogLevel.Warning }, TestContext.Current.CancellationToken);
        return new TestHost(host, suffix);
    }

    /// <summary>A key made by the admin for <paramref name="role"/> and <paramref name="scope"/> (one per pair and host).</summary>
    public Task<string> KeyAsync(AccessRole role, string scope)
        => keys.GetOrAdd((role, scope), _ => new Lazy<Task<string>>(() => CreateKeyAsync(role, scope))).Value;

    /// <summary>A client carrying the key of <paramref name="role"/> for <paramref name="scope"/>.</summary>
    public async Task<HttpClient> ClientForAsync(AccessRole role, string scope)
    {
        var key = await KeyAsync(role, scope);
        return clients.GetOrAdd(key, WithKey);
    }

    /// <summary>A client sending <paramref name="key"/> as its bearer key.</summary>
    public HttpClient WithKey(string key)
    {
        var http = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    /// <summary>Loads the registry rows of each province in <paramref name="csv"/> as that province's registry, with its province key.</summary>
    public async Task LoadRegistryAsync(string csv)
    {
        foreach (var province in UnitRegistryCsv.Parse(csv, "test.csv").GroupBy(r => r.Province))
        {
            var http = await ClientForAsync(AccessRole.Province, province.Key);
            using var response = await http.PutAsync($"api/registry/{province.Key}", new StringContent(UnitRegistryCsv.Write(province), Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }

    /// <summary>Uploads as the unit itself, with its own key.</summary>
    public async Task<string> UploadAsync(string unit, string fileName, byte[] content)
    {
        var http = await ClientForAsync(AccessRole.Unit, unit);
        using var response = await http.PostAsync($"api/reports/{unit}/{fileName}", new ByteArrayContent(content), TestContext.Current.CancellationToken);
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

    private async Task<string> CreateKeyAsync(AccessRole role, string scope)
    {
        using var response = await Http.PostAsJsonAsync("api/keys", new { role = TthcJson.Name(role), scope }, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"POST api/keys {role} {scope}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("key").GetString()!;
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
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await Host.DisposeAsync();
    }
}
