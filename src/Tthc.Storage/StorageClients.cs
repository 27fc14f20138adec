using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Tthc.Storage;

/// <summary>
/// The container, queues and tables the adapters use, from the service clients registered with
/// <c>AddAzureClients</c> (<see cref="StorageServiceCollectionExtensions"/>). Transient faults of single calls are
/// retried by those clients' own retry policy, and nowhere else.
/// </summary>
public sealed class StorageClients(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables, IOptions<StorageOptions> options)
{
    /// <summary>The options the names come from.</summary>
    public StorageOptions Options { get; } = options.Value;

    /// <summary>The <c>reports</c> container.</summary>
    public BlobContainerClient Reports { get; } = blobs.GetBlobContainerClient(options.Value.ReportsContainer);

    /// <summary>The <c>parse-requests</c> queue (Base64 messages, as Azure Functions' queue trigger expects).</summary>
    public QueueClient ParseQueue { get; } = queues.GetQueueClient(options.Value.ParseQueue);

    /// <summary>The <c>parse-requests-poison</c> queue.</summary>
    public QueueClient PoisonQueue { get; } = queues.GetQueueClient(options.Value.PoisonQueue);

    /// <summary>The <c>Submissions</c> table.</summary>
    public TableClient Submissions { get; } = tables.GetTableClient(options.Value.SubmissionsTable);

    /// <summary>The <c>IndicatorValues</c> table.</summary>
    public TableClient IndicatorValues { get; } = tables.GetTableClient(options.Value.IndicatorValuesTable);

    /// <summary>The <c>Rollups</c> table.</summary>
    public TableClient Rollups { get; } = tables.GetTableClient(options.Value.RollupsTable);

    /// <summary>The <c>UnitHistory</c> table.</summary>
    public TableClient UnitHistory { get; } = tables.GetTableClient(options.Value.UnitHistoryTable);

    /// <summary>The <c>AccessKeys</c> table.</summary>
    public TableClient AccessKeys { get; } = tables.GetTableClient(options.Value.AccessKeysTable);

    /// <summary>The <c>Audit</c> table.</summary>
    public TableClient Audit { get; } = tables.GetTableClient(options.Value.AuditTable);
}
