namespace Tthc.Pipeline.Ports;

/// <summary>A signed, write-only URL for one blob.</summary>
/// <param name="Url">The blob's URL with its signature (the SAS): whoever holds it may PUT that blob until it expires.</param>
/// <param name="BlobPath">The blob it names, as <c>{container}/{blobName}</c>.</param>
public sealed record UploadUrl(Uri Url, string BlobPath);
