namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in with the Worker API's shape.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class BlobTriggerAttribute(string blobPath) : Attribute
{
    public string BlobPath { get; } = blobPath;

    public BlobTriggerSource Source { get; set; }

    public string? Connection { get; set; }
}
