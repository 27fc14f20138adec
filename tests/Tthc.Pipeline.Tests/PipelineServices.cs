using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tthc.Core.Indicators;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Tests.InMemory;

namespace Tthc.Pipeline.Tests;

/// <summary>The pipeline as every host registers it (<c>AddTthcPipeline</c>), on in-memory stores and a fake clock; tests drive each step.</summary>
internal static class PipelineServices
{
    public const string Registry = "code,name,level,province,parent,valid_from,valid_to,aliases\nhy-x,Xã X,commune,hung-yen,hung-yen,,,\nhy-y,Xã Y,commune,hung-yen,hung-yen,,,\n";

    public static async Task<ServiceProvider> CreateAsync(FakeTimeProvider time, IndicatorCatalog? catalog = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IReportBlobStore, InMemoryReportBlobStore>()
            .AddSingleton<IUnitRegistryStore, InMemoryUnitRegistryStore>()
            .AddSingleton<IParseRequestQueue, InMemoryParseRequestQueue>()
            .AddSingleton<ISubmissionStore, InMemorySubmissionStore>()
            .AddSingleton<IIndicatorValueStore, InMemoryIndicatorValueStore>()
            .AddSingleton<IRollupStore, InMemoryRollupStore>()
            .AddSingleton<IUnitHistoryStore, InMemoryUnitHistoryStore>()
            .AddSingleton<IAccessKeyStore, InMemoryAccessKeyStore>()
            .AddSingleton<IAuditLog, InMemoryAuditLog>();
        if (catalog is not null)
        {
            services.AddSingleton(catalog);
        }

        configure?.Invoke(services);
        var provider = services.AddTthcPipeline(new ConfigurationBuilder().Build()).BuildServiceProvider();
        await provider.GetRequiredService<IUnitRegistryStore>().SaveAsync("test", Registry, TestContext.Current.CancellationToken);
        return provider;
    }
}
