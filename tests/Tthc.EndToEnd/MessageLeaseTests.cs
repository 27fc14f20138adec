using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Tthc.LocalHosting;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>The queue worker's lease on a message it works on, on Azurite's real queue.</summary>
public sealed class MessageLeaseTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WorkLongerThanTheVisibilityTimeout_MessageStaysHiddenAndIsDeletedWithTheRenewedReceipt()
    {
        var queue = new QueueClient(azurite.ConnectionString, $"lease-{Guid.NewGuid():N}"[..30]);
        await queue.CreateAsync(cancellationToken: Ct);
        await queue.SendMessageAsync("a long scan", Ct);
        var visibility = TimeSpan.FromSeconds(1);
        var message = (await queue.ReceiveMessageAsync(visibility, Ct)).Value;

        await using (var lease = MessageLease.Start(queue, message, visibility, TimeProvider.System, NullLogger.Instance))
        {
            // Three timeouts of "work": without renewals the message would be handed out again meanwhile.
            for (var i = 0; i < 6; i++)
            {
                await Task.Delay(visibility / 2, Ct);
                Assert.Null((await queue.ReceiveMessageAsync(visibility, Ct)).Value);
            }

            await lease.StopAsync();
            Assert.True(lease.Renewals >= 2, $"{lease.Renewals} renewals");
            await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, Ct);
        }

        await Task.Delay(visibility * 2, Ct);
        Assert.Null((await queue.ReceiveMessageAsync(cancellationToken: Ct)).Value);
        await queue.DeleteAsync(Ct);
    }
}
