using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Tthc.Pipeline.Processing;
using Tthc.Storage.Queues;

namespace Tthc.Functions;

/// <summary>
/// A parse request is processed. The queue extension retries a failing message (host.json
/// <c>maxDequeueCount</c>) and then moves it to <c>parse-requests-poison</c>; the dequeue count is passed
/// on so the last attempt records the failure on the submission.
/// </summary>
public sealed partial class ParseReport(ProcessSubmission process, ILogger<ParseReport> logger)
{
    [Function(nameof(ParseReport))]
    public Task RunAsync([QueueTrigger("parse-requests")] QueueMessage message, CancellationToken cancellationToken)
        => QueueParseRequests.Decode(message.MessageText) is { } request
            ? process.ExecuteAsync(request, message.DequeueCount, cancellationToken)
            : Unreadable(message.MessageId);

    // Not a parse request at all: retrying cannot help, so it is logged and completed (deleted).
    private Task Unreadable(string messageId)
    {
        LogUnreadable(messageId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} on parse-requests is not a parse request; dropped")]
    private partial void LogUnreadable(string messageId);
}
