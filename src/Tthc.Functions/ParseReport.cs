using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Tthc.Pipeline.Processing;
using Tthc.Storage.Queues;

namespace Tthc.Functions;

/// <summary>
/// A parse request is processed. The queue extension retries a failing message (host.json
/// <c>maxDequeueCount</c>) and then moves it to <c>parse-requests-poison</c>; the dequeue count is passed
/// on so the last attempt records the failure on the submission. A message that is not a parse request
/// fails too, so it ends in the poison queue as it does under <c>serve</c>.
/// </summary>
public sealed class ParseReport(ProcessSubmission process)
{
    [Function(nameof(ParseReport))]
    public Task RunAsync([QueueTrigger(SettingExpressions.ParseQueue)] QueueMessage message, CancellationToken cancellationToken)
        => process.ExecuteAsync(
            QueueParseRequests.Decode(message.MessageText) ?? throw new InvalidOperationException($"Message {message.MessageId} on the parse queue is not a parse request."),
            message.DequeueCount,
            cancellationToken);
}
