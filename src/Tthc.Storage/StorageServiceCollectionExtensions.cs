using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tthc.Pipeline.Ports;
using Tthc.Storage.Blobs;
using Tthc.Storage.Queues;
using Tthc.Storage.Tables;

namespace Tthc.Storage;

/// <summary>Registers the Azure SDK clients (<c>AddAzureClients</c>) and the Storage adapters behind the pipeline's ports.</summary>
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
        services.AddAzureClients(clients =>
        {
            // A connection string (Azurite, or a key) or the three service URIs with the app's managed identity.
            clients.UseCredential(sp => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = Options(sp).ManagedIdentityClientId }));
            clients.AddClient<BlobServiceClient, BlobClientOptions>((o, credential, sp) =>
                Options(sp) is { ConnectionString: { Length: > 0 } cs } ? new(cs, Configure(o, sp)) : new(Options(sp).BlobServiceUri, credential, Configure(o, sp)));
            clients.AddClient<QueueServiceClient, QueueClientOptions>((o, credential, sp) =>
            {
                o.MessageEncoding = QueueMessageEncoding.Base64;
                return Options(sp) is { ConnectionString: { Length: > 0 } cs } ? new(cs, Configure(o, sp)) : new(Options(sp).QueueServiceUri, credential, Configure(o, sp));
            });
            clients.AddClient<TableServiceClient, TableClientOptions>((o, credential, sp) =>
                Options(sp) is { ConnectionString: { Length: > 0 } cs } ? new(cs, Configure(o, sp)) : new(Options(sp).TableServiceUri, credential, Configure(o, sp)));
        });
        services.TryAddSingleton<StorageClients>();
        services.TryAddSingleton<StorageProvisioner>();
        services.TryAddSingleton<IReportBlobStore, BlobReportStore>();
        services.TryAddSingleton<IUploadUrlIssuer, BlobUploadUrlIssuer>();
        services.TryAddSingleton<IUnitRegistryStore, BlobUnitRegistryStore>();
        services.TryAddSingleton<IParseRequestQueue, QueueParseRequests>();
        services.TryAddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.TryAddSingleton<IIndicatorValueStore, TableIndicatorValueStore>();
        services.TryAddSingleton<IRollupStore, TableRollupStore>();
        services.TryAddSingleton<IUnitHistoryStore, TableUnitHistoryStore>();
        services.TryAddSingleton<IAccessKeyStore, TableAccessKeyStore>();
        services.TryAddSingleton<IAuditLog, TableAuditLog>();
        return services;
    }

    private static StorageOptions Options(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.IsConfigured
            ? options
            : throw new InvalidOperationException("Storage is not configured: set Storage:ConnectionString, or Storage:BlobServiceUri, QueueServiceUri and TableServiceUri.");
    }

    private static T Configure<T>(T clientOptions, IServiceProvider services)
        where T : ClientOptions
    {
        var o = Options(services);
        clientOptions.Diagnostics.IsLoggingEnabled = o.SdkRequestLogging;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = o.MaxRetries;
        clientOptions.Retry.Delay = o.RetryDelay;
        clientOptions.Retry.MaxDelay = o.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = o.NetworkTimeout;
        return clientOptions;
    }
}
