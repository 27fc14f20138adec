using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Tthc.LocalHosting;

/// <summary>
/// Keeps a received queue message invisible while it is worked on: every third of the visibility timeout its
/// visibility is renewed, so a long delivery (a 50-page scan read by OCR) is not handed to a second worker meanwhile;
/// if this process dies, renewals stop and the message reappears after one timeout, as Azure's queue trigger behaves.
/// Each renewal gives a new pop receipt: delete or poison the message with <see cref="PopReceipt"/> after <see cref="StopAsync"/>.
/// </summary>
internal sealed partial class MessageLease : IAsyncDisposable
{
    private readonly QueueClient queue;
    private readonly string messageId;
    private readonly TimeSpan visibility;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;

    private MessageLease(QueueClient queue, QueueMessage message, TimeSpan visibility, TimeProvider time, ILogger logger)
    {
        this.queue = queue;
        messageId = message.MessageId;
        PopReceipt = message.PopReceipt;
        this.visibility = visibility;
        this.time = time;
        this.logger = logger;
        renewing = RenewAsync(stop.Token);
    }

    /// <summary>The message's current pop receipt.</summary>
    public string PopReceipt { get; private set; }

    /// <summary>How many times the visibility was renewed.</summary>
    public int Renewals { get; private set; }

    /// <summary>Starts renewing <paramref name="message"/>'s visibility of <paramref name="visibility"/> on <paramref name="queue"/>.</summary>
    public static MessageLease Start(QueueClient queue, QueueMessage message, TimeSpan visibility, TimeProvider time, ILogger logger)
        => new(queue, message, visibility, time, logger);

    /// <summary>Stops renewing; afterwards <see cref="PopReceipt"/> no longer changes.</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await renewing;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        var every = visibility / 3;
        while (true)
        {
            try
            {
                await Task.Delay(every, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                // Never cancelled half-way: an update the service applied but whose answer was dropped would leave a
                // stale pop receipt, and the delete after the work would then fail.
                var receipt = await queue.UpdateMessageAsync(messageId, PopReceipt, visibilityTimeout: visibility, cancellationToken: CancellationToken.None);
                PopReceipt = receipt.Value.PopReceipt;
                Renewals++;
            }
            catch (RequestFailedException ex) when (ex.Status is 400 or 404)
            {
                // The message is gone or was taken over (its receipt no longer holds): nothing left to renew.
                LogRenewalFailed(messageId, ex.Status, ex.Message);
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or AggregateException or TimeoutException)
            {
                // Storage unreachable for now: try again at the next tick (the message may reappear meanwhile; processing is idempotent).
                LogRenewalFailed(messageId, (ex as RequestFailedException)?.Status ?? 0, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the visibility of message {MessageId} ({Status}): {Reason}")]
    private partial void LogRenewalFailed(string messageId, int status, string reason);
}
