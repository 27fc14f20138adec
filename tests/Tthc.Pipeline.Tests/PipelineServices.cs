using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tthc.Pipeline.Registry;
using Tthc.Storage;

namespace Tthc.Pipeline.Tests;

/// <summary>The pipeline wired to real storage (Azurite) with names of its own and a fake clock; no hosted worker, so tests drive each step.</summary>
internal static class PipelineServices
{
    public static async Task<ServiceProvider> CreateAsync(string connectionString, FakeTimeProvider time, string registryCsv)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["ReportsContainer"] = "reports-" + suffix,
            ["ParseQueue"] = "parse-" + suffix,
            ["Storage:TablePrefix"] = "t" + suffix,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddTthcPipeline(configuration)
            .AddTthcStorage(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(TestContext.Current.CancellationToken);
        await services.GetRequiredService<ImportUnitRegistry>().ExecuteAsync("test", registryCsv, TestContext.Current.CancellationToken);
        return services;
    }
}
