using Microsoft.Extensions.DependencyInjection;
using Tthc.Pipeline;
using Tthc.Pipeline.Ports;
using Tthc.Storage.Queues;
using Tthc.Testing;

namespace Tthc.Storage.Tests.Queues;

public sealed class QueueParseRequestsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnqueueAsync_LargestInlineFile_FitsAMessageAndReadsBackWhole()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var content = new byte[UploadOptions.MaxInlineBytes];
        new Random(3).NextBytes(content);

        await services.GetRequiredService<IParseRequestQueue>().EnqueueAsync(new ParseRequest("s-1") { Content = content }, Ct);

        var message = (await services.GetRequiredService<StorageClients>().ParseQueue.ReceiveMessageAsync(cancellationToken: Ct)).Value;
        var read = QueueParseRequests.Decode(message.MessageText);
        Assert.Equal("s-1", read?.SubmissionId);
        Assert.Equal(content, read?.Content);
    }
}
