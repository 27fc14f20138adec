using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tthc.Pipeline.Submissions;
using Tthc.Storage;
using Tthc.Testing;

namespace Tthc.Functions.Tests;

/// <summary>The blob trigger's function, from the app's composition root on Azurite: the upload rules of the HTTP route apply to it.</summary>
public sealed class IngestReportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int MaxFileBytes = 64;
    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];
    private IHost? functions;

    public async ValueTask InitializeAsync()
    {
        functions = CompositionRoot.Build(new Dictionary<string, string>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["ReportsContainer"] = "reports-" + suffix,
            ["ParseQueue"] = "parse-" + suffix,
            ["Storage:TablePrefix"] = "t" + suffix,
            ["Upload:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        // In Azure the Bicep creates these; here the app's own provisioner does.
        await functions.Services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        functions?.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task FileOverTheUploadLimit_IsRefusedWithoutFailingTheDelivery()
    {
        var content = new byte[MaxFileBytes + 1];

        // Returning normally is what keeps Event Grid from redelivering a file that will never be accepted.
        await RunAsync("xa-a", "big.csv", content);

        Assert.Null(await SubmissionAsync("xa-a", content));
        var archived = functions!.Services.GetRequiredService<StorageClients>().Reports.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "submissions/", TestContext.Current.CancellationToken);
        Assert.Empty(await archived.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FileFromABadUnitCode_IsRefusedWithoutFailingTheDelivery()
    {
        var content = Encoding.UTF8.GetBytes("unit,period,indicator,value\n");

        await RunAsync("Xa_A", "a.csv", content);

        Assert.Null(await SubmissionAsync("Xa_A", content));
    }

    [Fact]
    public async Task FileWithinTheRules_BecomesAReceivedSubmission()
    {
        var content = Encoding.UTF8.GetBytes("unit,period,indicator,value\nxa-a,2026-Q1,dossiers.received,12\n");

        await RunAsync("xa-a", "q1.csv", content);

        Assert.Equal(SubmissionStatus.Received, (await SubmissionAsync("xa-a", content))?.Status);
    }

    private async Task RunAsync(string unit, string fileName, byte[] content)
    {
        using var scope = functions!.Services.CreateScope();
        await ActivatorUtilities.CreateInstance<IngestReport>(scope.ServiceProvider).RunAsync(content, unit, fileName, TestContext.Current.CancellationToken);
    }

    private Task<Submission?> SubmissionAsync(string unit, byte[] content)
        => functions!.Services.GetRequiredService<GetSubmission>().ExecuteAsync(SubmissionId.For(unit, SubmissionId.HashContent(content)), TestContext.Current.CancellationToken);
}
