using System.Diagnostics;
using System.Net;
using System.Text;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Tthc.LocalHosting;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>Issue 13, case 5: serve's own Azurite dying, and a message worked on longer than its visibility timeout.</summary>
public sealed class LocalHostingFaultTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MessageLease_WhileWorkGoesOn_KeepsTheMessageFromASecondDelivery()
    {
        var queue = new QueueClient(azurite.ConnectionString, "lease-" + Guid.NewGuid().ToString("N")[..10]);
        await queue.CreateAsync(cancellationToken: Ct);
        await queue.SendMessageAsync("long scan", Ct);
        // 5 s of visibility, not less: renewals must still land in time on a loaded CI machine.
        var message = (await queue.ReceiveMessageAsync(TimeSpan.FromSeconds(5), Ct)).Value;

        await using (var lease = MessageLease.Start(queue, message, TimeSpan.FromSeconds(5), TimeProvider.System, NullLogger.Instance))
        {
            // Three visibility timeouts of work: without the lease the message would be visible again after the first.
            for (var i = 0; i < 15; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), Ct);
                Assert.Null((await queue.ReceiveMessageAsync(cancellationToken: Ct)).Value);
            }

            Assert.True(lease.Renewals >= 2, $"{lease.Renewals} renewals");
            Assert.False(lease.Lost);
            await lease.CompleteAsync(Ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(6), Ct);
        Assert.Null((await queue.ReceiveMessageAsync(cancellationToken: Ct)).Value);
    }

    [Fact]
    public async Task AzuriteStartedByServeKilled_IsStartedAgainAndServeWorks()
    {
        var adminKey = Tthc.Core.Access.AccessKeySecret.Generate().Key;
        await using var host = await LocalHost.StartAsync(new LocalHostOptions { Port = 0, LogLevel = LogLevel.Warning, Settings = new Dictionary<string, string?> { ["Auth:AdminKey"] = adminKey } }, Ct);
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", adminKey);
        var pid = host.Emulator!.ProcessId!.Value;

        using (var azuriteProcess = Process.GetProcessById(pid))
        {
            azuriteProcess.Kill(entireProcessTree: true);
            await azuriteProcess.WaitForExitAsync(Ct);
        }

        // Bounded polling (90 s in all): the registry loads again once the supervisor has started Azurite and created the
        // tables. A supervisor that gave up ends the wait at once (each request would otherwise spend the SDK's retries).
        HttpStatusCode status = 0;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (status != HttpStatusCode.OK && DateTime.UtcNow < until)
        {
            Assert.False(host.StorageLost, "the supervisor could not start Azurite again");
            await Task.Delay(250, Ct);
            using var registry = await http.PutAsync("api/registry/ha-tinh", new StringContent(Reports.RegistryHeader + "ha-tinh,Tỉnh Hà Tĩnh,province,ha-tinh,,,,\nht-x,Xã X (thử nghiệm),commune,ha-tinh,ha-tinh,,,\n", Encoding.UTF8, "text/csv"), Ct);
            status = registry.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(pid, host.Emulator.ProcessId);
        Assert.False(host.StorageLost);
        using var upload = await http.PostAsync("api/reports/ht-x/r.csv", new StringContent("unit,period,indicator,value\nht-x,2026-Q1,dossiers.received,5\n"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
    }
}
