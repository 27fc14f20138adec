using System.Text.Json;
using Tthc.Core.Text;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Queues;

/// <summary>Sends parse requests to <c>parse-requests</c> as JSON (Base64-encoded, as the Functions queue trigger expects).</summary>
public sealed class QueueParseRequests(StorageClients clients) : IParseRequestQueue
{
    /// <inheritdoc />
    public Task EnqueueAsync(ParseRequest request, CancellationToken cancellationToken = default)
        => clients.ParseQueue.SendMessageAsync(JsonSerializer.Serialize(request, TthcJson.Options), cancellationToken);

    /// <summary>Reads a parse request from a message body; null when it is not one.</summary>
    public static ParseRequest? Decode(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<ParseRequest>(body, TthcJson.Options) is { SubmissionId.Length: > 0 } request ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
