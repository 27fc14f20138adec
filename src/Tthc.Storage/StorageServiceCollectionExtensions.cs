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
    /// <summary>Adds storage, bound from the <c>Storage</c> section and the flat <c>ReportsContainer</c> and <c>ParseQueue</c> settings.</summary>
    public static IServiceCollection AddTthcStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StorageOptions.SectionName);
        services.AddOptions<StorageOptions>()
            .Bind(section)
            .Configure(o =>
            {
                o.ReportsContainer = configuration[StorageOptions.ReportsContainerSetting] ?? o.ReportsContainer;
                o.ParseQueue = configuration[StorageOptions.ParseQueueSetting] ?? o.ParseQueue;
            })
            .Validate(
                _ => section[nameof(StorageOptions.ReportsContainer)] is null && section[nameof(StorageOptions.ParseQueue)] is null,
                $"Storage:{nameof(StorageOptions.ReportsContainer)} and Storage:{nameof(StorageOptions.ParseQueue)} are not settings: set {StorageOptions.ReportsContainerSetting} and {StorageOptions.ParseQueueSetting}, which the Functions triggers bind too.")
            .ValidateDataAnnotations();
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
