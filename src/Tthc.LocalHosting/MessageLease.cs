using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Tthc.LocalHosting;

/// <summary>
/// Keeps a received queue message invisible while it is worked on, as the Functions host does for a queue trigger:
/// every half visibility timeout the message's invisibility is extended again, so a long piece of work (a big file, a
/// long OCR scan) is never delivered to a second worker meanwhile. <see cref="CompleteAsync"/> deletes the message;
/// disposing without completing stops the renewals, and the message reappears after one visibility timeout (a failed
/// delivery). Renewal failures are logged; a message that is gone (deleted, or its receipt stale) ends the lease.
/// </summary>
public sealed partial class MessageLease : IAsyncDisposable
{
    private readonly QueueClient queue;
    private readonly TimeSpan visibilityTimeout;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private readonly Task renewing;
    private string popReceipt;

    private MessageLease(QueueClient queue, QueueMessage message, TimeSpan visibilityTimeout, TimeProvider time, ILogger logger)
    {
        this.queue = queue;
        this.visibilityTimeout = visibilityTimeout;
        this.time = time;
        this.logger = logger;
        MessageId = message.MessageId;
        popReceipt = message.PopReceipt;
        renewing = RenewAsync(stop.Token);
    }

    /// <summary>The message's id.</summary>
    public string MessageId { get; }

    /// <summary>The message's current pop receipt (each renewal issues a new one).</summary>
    public string PopReceipt
    {
        get
        {
            lock (gate)
            {
                return popReceipt;
            }
        }
    }

    /// <summary>How many times the invisibility was extended.</summary>
    public int Renewals { get; private set; }

    /// <summary>True when a renewal found the message gone: another worker may have it now.</summary>
    public bool Lost { get; private set; }

    /// <summary>Starts renewing <paramref name="message"/>, received from <paramref name="queue"/> with <paramref name="visibilityTimeout"/>.</summary>
    public static MessageLease Start(QueueClient queue, QueueMessage message, TimeSpan visibilityTimeout, TimeProvider time, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(visibilityTimeout, TimeSpan.FromSeconds(1));
        return new MessageLease(queue, message, visibilityTimeout, time, logger);
    }

    /// <summary>Stops renewing and deletes the message: the work is done.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync();
        await queue.DeleteMessageAsync(MessageId, PopReceipt, cancellationToken);
    }

    /// <summary>Stops renewing; the message reappears when its current invisibility ends.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }

    private async Task StopAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }

        await renewing;
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        var interval = visibilityTimeout / 2;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, cancellationToken);
                var receipt = await queue.UpdateMessageAsync(MessageId, PopReceipt, visibilityTimeout: visibilityTimeout, cancellationToken: cancellationToken);
                lock (gate)
                {
                    popReceipt = receipt.Value.PopReceipt;
                }

                Renewals++;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 400 or 404)
            {
                Lost = true;
                LogLost(MessageId, ex.Status);
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or TimeoutException or TaskCanceledException)
            {
                // Storage unreachable for a moment: try again at the next interval (the message is still ours until its invisibility ends).
                LogRenewFailed(MessageId, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} is gone ({Status}); its lease ended")]
    private partial void LogLost(string messageId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not extend the invisibility of message {MessageId}: {Reason}")]
    private partial void LogRenewFailed(string messageId, string reason);
}
