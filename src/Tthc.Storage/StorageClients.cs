using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Tthc.Storage;

/// <summary>
/// The Azure SDK clients, built once from <see cref="StorageOptions"/>. Transient faults of single calls
/// are retried here, by the SDK's own retry policy, and nowhere else.
/// </summary>
public sealed class StorageClients
{
    /// <summary>Creates the clients.</summary>
    public StorageClients(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        if (!o.IsConfigured)
        {
            throw new InvalidOperationException("Storage is not configured: set Storage:ConnectionString, or Storage:BlobServiceUri, QueueServiceUri and TableServiceUri.");
        }

        Options = o;
        var blobOptions = Configure(new BlobClientOptions(), o);
        var queueOptions = Configure(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, o);
        var tableOptions = Configure(new TableClientOptions(), o);

        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            Blobs = new BlobServiceClient(o.ConnectionString, blobOptions);
            Queues = new QueueServiceClient(o.ConnectionString, queueOptions);
            Tables = new TableServiceClient(o.ConnectionString, tableOptions);
        }
        else
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = o.ManagedIdentityClientId });
            Blobs = new BlobServiceClient(o.BlobServiceUri, credential, blobOptions);
            Queues = new QueueServiceClient(o.QueueServiceUri, credential, queueOptions);
            Tables = new TableServiceClient(o.TableServiceUri, credential, tableOptions);
        }

        Reports = Blobs.GetBlobContainerClient(o.ReportsContainer);
        ParseQueue = Queues.GetQueueClient(o.ParseQueue);
        PoisonQueue = Queues.GetQueueClient(o.PoisonQueue);
        Submissions = Tables.GetTableClient(o.SubmissionsTable);
        IndicatorValues = Tables.GetTableClient(o.IndicatorValuesTable);
        Rollups = Tables.GetTableClient(o.RollupsTable);
    }

    /// <summary>The options the clients were made from.</summary>
    public StorageOptions Options { get; }

    /// <summary>Blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>Queue service.</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>Table service.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>The <c>reports</c> container.</summary>
    public BlobContainerClient Reports { get; }

    /// <summary>The <c>parse-requests</c> queue (Base64 messages, as Azure Functions' queue trigger expects).</summary>
    public QueueClient ParseQueue { get; }

    /// <summary>The <c>parse-requests-poison</c> queue.</summary>
    public QueueClient PoisonQueue { get; }

    /// <summary>The <c>Submissions</c> table.</summary>
    public TableClient Submissions { get; }

    /// <summary>The <c>IndicatorValues</c> table.</summary>
    public TableClient IndicatorValues { get; }

    /// <summary>The <c>Rollups</c> table.</summary>
    public TableClient Rollups { get; }

    private static T Configure<T>(T clientOptions, StorageOptions o)
        where T : ClientOptions
    {
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = o.MaxRetries;
        clientOptions.Retry.Delay = o.RetryDelay;
        clientOptions.Retry.MaxDelay = o.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = o.NetworkTimeout;
        return clientOptions;
    }
}
