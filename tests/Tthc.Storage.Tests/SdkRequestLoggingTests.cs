using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tthc.Pipeline.Ports;
using Tthc.Testing;

namespace Tthc.Storage.Tests;

/// <summary>
/// The SDK's per-request logging (<c>Storage:SdkRequestLogging</c>): off by default, because the forwarder
/// <c>AddAzureClients</c> starts listens at Verbose and every call then formats its headers; on when asked.
/// </summary>
public sealed class SdkRequestLoggingTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ByDefault_StorageCallsWriteNoRequestEvents()
    {
        Assert.Empty(await RequestEventsForOneReadAsync(settings: null));
    }

    [Fact]
    public async Task WhenTurnedOn_EachStorageCallWritesItsRequestEvent()
    {
        Assert.NotEmpty(await RequestEventsForOneReadAsync(new Dictionary<string, string?> { ["Storage:SdkRequestLogging"] = "true" }));
    }

    /// <summary>The SDK's <c>Request</c> events (which carry the URI) naming this test's own table, for one submission read.</summary>
    private async Task<IReadOnlyList<string>> RequestEventsForOneReadAsync(IReadOnlyDictionary<string, string?>? settings)
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString, settings);
        var table = services.GetRequiredService<StorageClients>().Options.SubmissionsTable;
        var seen = new ConcurrentQueue<string>();

        // Event sources are process-wide and other tests call storage at the same time: keep only this table's requests.
        using (new AzureEventSourceListener(
            (e, message) =>
            {
                if (e.EventName == "Request" && message.Contains(table, StringComparison.Ordinal))
                {
                    seen.Enqueue(message);
                }
            },
            EventLevel.Verbose))
        {
            await services.GetRequiredService<ISubmissionStore>().GetAsync("no-such-submission", Ct);
        }

        return [.. seen];
    }
}
