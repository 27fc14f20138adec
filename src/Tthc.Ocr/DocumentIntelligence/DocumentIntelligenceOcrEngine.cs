using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tthc.Core.Ocr;

namespace Tthc.Ocr.DocumentIntelligence;

/// <summary>
/// Azure AI Document Intelligence's Read model over its REST API (version <see cref="OcrOptions.ApiVersion"/>): the
/// page image is posted to <c>prebuilt-read:analyze</c>, the <c>Operation-Location</c> it answers is polled until the
/// analysis has <c>succeeded</c>, and the result's lines (words' confidences averaged per line) come back. Signed in
/// with the app's managed identity (scope <c>https://cognitiveservices.azure.com/.default</c>): no key anywhere.
/// </summary>
public sealed partial class DocumentIntelligenceOcrEngine(
    HttpClient http,
    TokenCredential credential,
    IOptions<OcrOptions> options,
    TimeProvider time,
    ILogger<DocumentIntelligenceOcrEngine> logger) : IOcrEngine
{
    /// <summary>The token scope of Azure AI services.</summary>
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    private static readonly HashSet<string> MediaTypes = ["image/jpeg", "image/png", "image/bmp", "image/tiff", "application/pdf"];

    /// <inheritdoc />
    public string Name => "document-intelligence";

    /// <inheritdoc />
    public Task<OcrEngineStatus> CheckAsync(CancellationToken cancellationToken = default)
        => Task.FromResult(options.Value.DocumentIntelligenceEndpoint is { } endpoint
            ? OcrEngineStatus.Ready($"Azure AI Document Intelligence, prebuilt-read, {endpoint.Host}, API {options.Value.ApiVersion}")
            : OcrEngineStatus.Missing("Ocr:DocumentIntelligenceEndpoint chưa được đặt / is not set (the Bicep sets it in Azure)"));

    /// <inheritdoc />
    public async Task<OcrPage> RecognizeAsync(PageImage image, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var endpoint = o.DocumentIntelligenceEndpoint
            ?? throw new OcrUnavailableException("Ocr:DocumentIntelligenceEndpoint chưa được đặt / Ocr:DocumentIntelligenceEndpoint is not set.");
        if (!MediaTypes.Contains(image.MediaType))
        {
            throw new InvalidOperationException($"Document Intelligence does not read {image.MediaType}; use the embedded-image renderer.");
        }

        var analyze = new Uri(endpoint, $"documentintelligence/documentModels/prebuilt-read:analyze?api-version={Uri.EscapeDataString(o.ApiVersion)}");
        using var request = new HttpRequestMessage(HttpMethod.Post, analyze)
        {
            Content = JsonContent.Create(new { base64Source = Convert.ToBase64String(image.Content.Span) }),
        };
        await AuthorizeAsync(request, cancellationToken);
        using var accepted = await http.SendAsync(request, cancellationToken);
        await EnsureAsync(accepted, "analyze", cancellationToken);
        var operation = accepted.Headers.TryGetValues("Operation-Location", out var values) ? values.FirstOrDefault() : null;
        if (accepted.StatusCode != HttpStatusCode.Accepted || operation is null)
        {
            throw new InvalidOperationException($"Document Intelligence answered {(int)accepted.StatusCode} without an Operation-Location.");
        }

        var result = await PollAsync(new Uri(operation), cancellationToken);
        var page = DocumentIntelligenceResult.Read(result, image);
        LogPage(image.PageNumber, page.Lines.Count);
        return page;
    }

    private async Task<JsonElement> PollAsync(Uri operation, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, operation);
            await AuthorizeAsync(request, cancellationToken);
            using var response = await http.SendAsync(request, cancellationToken);
            await EnsureAsync(response, "analyzeResults", cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var status = body.TryGetProperty("status", out var s) ? s.GetString() : null;
            switch (status)
            {
                case "succeeded":
                    return body;
                case "failed" or "canceled" or "skipped":
                    var error = body.TryGetProperty("error", out var e) && e.TryGetProperty("message", out var m) ? m.GetString() : status;
                    throw new InvalidOperationException($"Document Intelligence analysis {status}: {error}");
                case "notStarted" or "running":
                    await Task.Delay(RetryAfter(response) ?? options.Value.PollInterval, time, cancellationToken);
                    break;
                default:
                    throw new InvalidOperationException($"Document Intelligence answered an unknown status '{status}'.");
            }
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
        => response.Headers.RetryAfter?.Delta is { } delta && delta > TimeSpan.Zero && delta < TimeSpan.FromSeconds(30) ? delta : null;

    private async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string step, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{step}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // The identity, its role or the endpoint is not set up: not the file's fault, it waits as needs-ocr.
            throw new OcrUnavailableException($"Document Intelligence từ chối / refused ({detail}); kiểm tra vai trò 'Cognitive Services User' và địa chỉ / check the identity's 'Cognitive Services User' role and the endpoint.");
        }

        throw new HttpRequestException($"Document Intelligence {detail}", null, response.StatusCode);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Document Intelligence read page {Page}: {Lines} lines")]
    private partial void LogPage(int page, int lines);
}
