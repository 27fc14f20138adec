using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tthc.Pipeline.Ports;
using Tthc.Storage.Blobs;
using Tthc.Storage.Queues;
using Tthc.Storage.Tables;

namespace Tthc.Storage;

/// <summary>Registers the Azure Storage adapters behind the pipeline's ports.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds storage, bound from the <c>Storage</c> section.</summary>
    public static IServiceCollection AddTthcStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations();
        services.TryAddSingleton<StorageClients>();
        services.TryAddSingleton<StorageProvisioner>();
        services.TryAddSingleton<IReportBlobStore, BlobReportStore>();
        services.TryAddSingleton<IUnitRegistryStore, BlobUnitRegistryStore>();
        services.TryAddSingleton<IParseRequestQueue, QueueParseRequests>();
        services.TryAddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.TryAddSingleton<IIndicatorValueStore, TableIndicatorValueStore>();
        services.TryAddSingleton<IRollupStore, TableRollupStore>();
        services.TryAddSingleton<IUnitHistoryStore, TableUnitHistoryStore>();
        return services;
    }
}
