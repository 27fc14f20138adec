namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in with the Worker API's shape.</summary>
public enum BlobTriggerSource
{
    LogsAndContainerScan,
    EventGrid,
}
