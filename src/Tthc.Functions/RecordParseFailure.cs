using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Tthc.Pipeline.Processing;
using Tthc.Storage.Queues;

namespace Tthc.Functions;

/// <summary>
/// A parse request that used up its deliveries lands in <c>parse-requests-poison</c>: its submission is
/// marked <c>failed</c> with the reason, so nothing is lost silently. Idempotent (the use case never
/// overwrites a finished outcome), and a backstop for a last attempt that died before recording it.
/// </summary>
public sealed class RecordParseFailure(RecordProcessingFailure recordFailure)
{
    private const string Reason =
        "Xử lý không thành công sau số lần thử tối đa; yêu cầu nằm trong hàng đợi parse-requests-poison / "
        + "processing kept failing; the request is in the parse-requests-poison queue.";

    [Function(nameof(RecordParseFailure))]
    public Task RunAsync([QueueTrigger("parse-requests-poison")] QueueMessage message, CancellationToken cancellationToken)
        => QueueParseRequests.Decode(message.MessageText) is { } request
            ? recordFailure.ExecuteAsync(request.SubmissionId, Reason, cancellationToken)
            : Task.CompletedTask;
}
