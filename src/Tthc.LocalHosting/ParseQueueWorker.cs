using Azure;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Tthc.Pipeline;
using Tthc.Pipeline.Processing;
using Tthc.Storage;
using Tthc.Storage.Queues;

namespace Tthc.LocalHosting;

/// <summary>
/// The local twin of Azure Functions' queue trigger on <c>parse-requests</c>: messages stay invisible while processed
/// (a <see cref="MessageLease"/> extends their invisibility, however long the file takes), a failure lets them reappear
/// after the visibility timeout, and after <see cref="WorkerOptions.MaxDequeueCount"/>
/// deliveries they go to <c>parse-requests-poison</c> with the reason recorded on the submission.
/// </summary>
internal sealed partial class ParseQueueWorker(
    StorageClients clients,
    ProcessSubmission process,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<ParseQueueWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var idle = TimeSpan.FromMilliseconds(50);

        // Up to BatchSize deliveries in flight; a free slot is filled at once rather than after the whole batch.
        using var slots = new SemaphoreSlim(o.BatchSize, o.BatchSize);
        var inFlight = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var free = 1;
            while (free < o.BatchSize && slots.Wait(0))
            {
                free++;
            }

            QueueMessage[] messages;
            try
            {
                messages = (await clients.ParseQueue.ReceiveMessagesAsync(free, o.VisibilityTimeout, stoppingToken)).Value;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (RequestFailedException ex)
            {
                slots.Release(free);
                LogQueueUnavailable(ex.Status, ex.Message);
                await DelayAsync(o.MaxPollingInterval, stoppingToken);
                continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && IsTransport(ex))
            {
                slots.Release(free);
                LogQueueUnavailable(0, ex.Message);
                await DelayAsync(o.MaxPollingInterval, stoppingToken);
                continue;
            }

            if (free > messages.Length)
            {
                slots.Release(free - messages.Length);
            }
            if (messages.Length == 0)
            {
                await DelayAsync(idle, stoppingToken);
                idle = TimeSpan.FromMilliseconds(Math.Min(idle.TotalMilliseconds * 2, o.MaxPollingInterval.TotalMilliseconds));
                continue;
            }

            idle = TimeSpan.FromMilliseconds(50);
            inFlight.RemoveAll(t => t.IsCompleted);
            foreach (var message in messages)
            {
                inFlight.Add(Task.Run(
                    async () =>
                    {
                        try
                        {
                            await HandleAsync(message, o, stoppingToken);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    CancellationToken.None));
            }
        }

        // Graceful shutdown: let deliveries under way finish (they stop at their next cancellation check).
        await Task.WhenAll(inFlight);
    }

    private static bool IsTransport(Exception ex) => ex is HttpRequestException or IOException or AggregateException or TimeoutException or TaskCanceledException;

    private async Task HandleAsync(QueueMessage message, WorkerOptions o, CancellationToken stoppingToken)
    {
        var request = QueueParseRequests.Decode(message.MessageText);
        await using var lease = MessageLease.Start(clients.ParseQueue, message, o.VisibilityTimeout, time, logger);
        try
        {
            if (request is null)
            {
                await PoisonAsync(message, lease, "not a parse request", stoppingToken);
                return;
            }

            await process.ExecuteAsync(request, message.DequeueCount, stoppingToken);
            await lease.CompleteAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the message reappears after its visibility timeout.
        }
        catch (Exception ex)
        {
            // Any fault (storage down, a bug) is a failed delivery, as in Azure: never a crashed worker.
            LogDeliveryFailed(ex, request?.SubmissionId ?? message.MessageId, message.DequeueCount, o.MaxDequeueCount);
            if (message.DequeueCount >= o.MaxDequeueCount)
            {
                await TryPoisonAsync(message, lease, ex.Message, stoppingToken);
            }
        }
    }

    private async Task TryPoisonAsync(QueueMessage message, MessageLease lease, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await PoisonAsync(message, lease, reason, cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException || IsTransport(ex))
        {
            // Storage still down: the message reappears and is poisoned on its next delivery.
            LogDeliveryFailed(ex, message.MessageId, message.DequeueCount, options.Value.MaxDequeueCount);
        }
    }

    private async Task PoisonAsync(QueueMessage message, MessageLease lease, string reason, CancellationToken cancellationToken)
    {
        await clients.PoisonQueue.SendMessageAsync(message.MessageText, cancellationToken);
        await lease.CompleteAsync(cancellationToken);
        LogPoisoned(message.MessageId, reason);
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse queue unavailable ({Status}): {Reason}")]
    private partial void LogQueueUnavailable(int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {SubmissionId} failed (attempt {DequeueCount}/{MaxDequeueCount})")]
    private partial void LogDeliveryFailed(Exception exception, string submissionId, long dequeueCount, int maxDequeueCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} moved to the poison queue: {Reason}")]
    private partial void LogPoisoned(string messageId, string reason);
}
