using System.ComponentModel.DataAnnotations;

namespace Tthc.Storage;

/// <summary>
/// Where the data lives and how the Azure SDK clients retry. Either a connection string (Azurite, local)
/// or service URIs with a managed identity (Azure; no keys).
/// </summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// The setting naming the reports container. Not in the <c>Storage</c> section: the Functions blob trigger binds
    /// it as <c>%ReportsContainer%</c>, and binding expressions resolve only flat app settings (the Functions host
    /// reads no worker configuration, and the platform's scale controller does not map <c>Section:Key</c> onto
    /// <c>Section__Key</c>). One setting, read by the trigger and by these options alike.
    /// </summary>
    public const string ReportsContainerSetting = "ReportsContainer";

    /// <summary>The setting naming the parse queue (flat, for the same reason as <see cref="ReportsContainerSetting"/>).</summary>
    public const string ParseQueueSetting = "ParseQueue";

    /// <summary>What Azure Functions' queue extension appends to a queue's name for its poison queue.</summary>
    public const string PoisonQueueSuffix = "-poison";

    /// <summary>A storage connection string; empty in Azure (identity-based) and locally (serve starts Azurite).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob endpoint for identity-based access, e.g. https://acct.blob.core.windows.net.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Queue endpoint for identity-based access.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Table endpoint for identity-based access.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity (null: the default credential chain decides).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The container holding <c>incoming/</c>, <c>submissions/</c> and <c>registry/</c> (setting <see cref="ReportsContainerSetting"/>).</summary>
    [Required]
    public string ReportsContainer { get; set; } = "reports";

    /// <summary>The parse queue (setting <see cref="ParseQueueSetting"/>; its poison queue is this name + <c>-poison</c>, as Azure Functions names it).</summary>
    [Required]
    public string ParseQueue { get; set; } = "parse-requests";

    /// <summary>Prefix put before table names, so tests can share one emulator.</summary>
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>Retries of one storage call by the SDK (the only retry layer around a storage call).</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>First retry delay (exponential back-off).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>Longest retry delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one network attempt.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether the Azure SDK logs every storage request and response (headers included) through <c>ILogger</c>.
    /// Off by default: <c>AddAzureClients</c> forwards the SDK's events at Verbose whatever the log filters say, so each call
    /// formatted and sanitized its headers only to be filtered out (a quarter of <c>serve</c>'s CPU under load). Failed
    /// calls still surface as <c>RequestFailedException</c>s, which the pipeline logs; turn this on to diagnose the wire.
    /// </summary>
    public bool SdkRequestLogging { get; set; }

    /// <summary>How long the merged unit registry is reused before the registry files are listed again.</summary>
    public TimeSpan RegistryCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The poison queue's name.</summary>
    public string PoisonQueue => ParseQueue + PoisonQueueSuffix;

    /// <summary>The Submissions table's name.</summary>
    public string SubmissionsTable => TablePrefix + "Submissions";

    /// <summary>The IndicatorValues table's name.</summary>
    public string IndicatorValuesTable => TablePrefix + "IndicatorValues";

    /// <summary>The Rollups table's name.</summary>
    public string RollupsTable => TablePrefix + "Rollups";

    /// <summary>The UnitHistory table's name (each unit's accepted values per period, for the outlier check).</summary>
    public string UnitHistoryTable => TablePrefix + "UnitHistory";

    /// <summary>The AccessKeys table's name (API keys as hashes).</summary>
    public string AccessKeysTable => TablePrefix + "AccessKeys";

    /// <summary>The Audit table's name (the append-only log of changes).</summary>
    public string AuditTable => TablePrefix + "Audit";

    /// <summary>True when a connection string or all three service URIs are set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || (BlobServiceUri is not null && QueueServiceUri is not null && TableServiceUri is not null);
}
