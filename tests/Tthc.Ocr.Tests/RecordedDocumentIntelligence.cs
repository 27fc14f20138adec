using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Tthc.Ocr.Tests;

/// <summary>
/// A loopback HTTP server that answers like Document Intelligence's REST API from recorded answers (Recorded/*.json):
/// <c>POST …/prebuilt-read:analyze</c> → 202 with <c>Operation-Location</c>; <c>GET</c> that location → the answers in
/// turn (e.g. running, then succeeded). It records what it was sent.
/// </summary>
internal sealed class RecordedDocumentIntelligence : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Queue<string> answers;
    private readonly Task loop;

    public RecordedDocumentIntelligence(HttpStatusCode analyzeStatus, params string[] recordedAnswers)
    {
        AnalyzeStatus = analyzeStatus;
        answers = new Queue<string>(recordedAnswers.Select(name => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recorded", name))));
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Endpoint.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public HttpStatusCode AnalyzeStatus { get; }

    /// <summary>Every request: method, path and query, Authorization header, body.</summary>
    public ConcurrentQueue<(string Method, string PathAndQuery, string? Authorization, string Body)> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.PathAndQuery;
            Requests.Enqueue((context.Request.HttpMethod, Uri.UnescapeDataString(path), context.Request.Headers["Authorization"], body));
            var response = context.Response;
            if (context.Request.HttpMethod == "POST")
            {
                response.StatusCode = (int)AnalyzeStatus;
                if (AnalyzeStatus == HttpStatusCode.Accepted)
                {
                    response.Headers["Operation-Location"] = new Uri(Endpoint, "documentintelligence/documentModels/prebuilt-read/analyzeResults/3b1f6c1e?api-version=2024-11-30").ToString();
                }
                else
                {
                    await WriteAsync(response, JsonSerializer.Serialize(new { error = new { code = "PermissionDenied", message = "Principal does not have access." } }));
                }

                response.Close();
                continue;
            }

            response.StatusCode = 200;
            await WriteAsync(response, answers.Count > 1 ? answers.Dequeue() : answers.Peek());
            response.Close();
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string json)
    {
        response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(json);
        await response.OutputStream.WriteAsync(bytes);
    }
}
