using System.Net.Http.Headers;
using System.Text.Json;
using Tthc.Api.Apis;
using Tthc.Core.Access;
using Tthc.Core.Text;

namespace Tthc.Cli.Keys;

/// <summary>HTTP clients of the API that carry a key, as every client must, and the key requests demo, bench and <c>tthc keys</c> make.</summary>
internal static class ApiClients
{
    /// <summary>A client for <paramref name="baseAddress"/> sending <paramref name="key"/> as <c>Authorization: Bearer</c>.</summary>
    public static HttpClient WithKey(Uri baseAddress, string key, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    /// <summary>Makes a key with the key of <paramref name="by"/>; throws with the server's problem text when refused.</summary>
    public static async Task<KeyCreated> CreateKeyAsync(HttpClient by, AccessRole role, string scope, DateTimeOffset? expires, CancellationToken cancellationToken)
    {
        using var response = await by.PostAsJsonAsync("api/keys", new KeyRequest(role, scope, expires), TthcJson.Options, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<KeyCreated>(TthcJson.Options, cancellationToken))!;
    }

    /// <summary>Throws <see cref="HttpRequestException"/> carrying the problem+json text of a failed call.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var detail = TryProblem(text) ?? text;
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {detail}", null, response.StatusCode);
        }
    }

    private static string? TryProblem(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("title", out var title) ? $"{title.GetString()} — {(json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : string.Empty)}" : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
