using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Tthc.Pipeline.Processing;
using Tthc.Storage.Queues;

namespace Tthc.Functions;

/// <summary>
/// A parse request that used up its deliveries lands in <c>parse-requests-poison</c>: its submission is
/// marked <c>failed</c> with the reason, so nothing is lost silently. Idempotent (the use case never
/// overwrites a finished outcome), and a backstop for a last attempt that died before recording it.
/// </summary>
public sealed partial class RecordParseFailure(RecordProcessingFailure recordFailure, ILogger<RecordParseFailure> logger)
{
    private const string Reason =
        "Xử lý không thành công sau số lần thử tối đa; yêu cầu nằm trong hàng đợi parse-requests-poison / "
        + "processing kept failing; the request went to the parse-requests-poison queue.";

    [Function(nameof(RecordParseFailure))]
    public Task RunAsync([QueueTrigger(SettingExpressions.PoisonQueue)] QueueMessage message, CancellationToken cancellationToken)
        => QueueParseRequests.Decode(message.MessageText) is { } request
            ? recordFailure.ExecuteAsync(request.SubmissionId, Reason, cancellationToken)
            : LogUnreadable(message.MessageId, message.MessageText);

    // No submission to mark: the text goes to the logs (Application Insights), the one record left of it.
    private Task LogUnreadable(string messageId, string text)
    {
        LogNotAParseRequest(messageId, text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Poisoned message {MessageId} is not a parse request: {MessageText}")]
    private partial void LogNotAParseRequest(string messageId, string messageText);
}
