using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tthc.Api;
using Tthc.Pipeline;
using Tthc.Storage;

namespace Tthc.Functions.Tests;

/// <summary>Every function class can be built from the registrations the Functions Program.cs makes, as the host will.</summary>
public sealed class FunctionRegistrationTests
{
    [Fact]
    public void FunctionClasses_AreTheOnesInTheSources()
    {
        Assert.Equal(
            FunctionSource.All.Select(f => f.ClassName).Order(StringComparer.Ordinal),
            FunctionClasses.All.Select(t => t.Name));
    }

    [Fact]
    public void EveryFunction_ResolvesFromTheHostRegistrations()
    {
        // Identity-based settings as in Azure: building the clients needs no network.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:BlobServiceUri"] = "https://account.blob.core.windows.net",
                ["Storage:QueueServiceUri"] = "https://account.queue.core.windows.net",
                ["Storage:TableServiceUri"] = "https://account.table.core.windows.net",
                ["Storage:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000000",
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddTthcPipeline(configuration).AddTthcStorage(configuration).AddTthcApi();
        using var provider = services.BuildServiceProvider();

        Assert.All(FunctionClasses.All, type => Assert.NotNull(ActivatorUtilities.CreateInstance(provider, type)));
    }
}
