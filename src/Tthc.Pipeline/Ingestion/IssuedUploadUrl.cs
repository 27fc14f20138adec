namespace Tthc.Pipeline.Ingestion;

/// <summary>An upload URL handed to a caller.</summary>
/// <param name="UploadUrl">The signed URL to PUT the file to (header <c>x-ms-blob-type: BlockBlob</c>).</param>
/// <param name="ExpiresOn">When the URL stops working.</param>
/// <param name="BlobPath">The blob it writes, <c>{container}/incoming/{unit}/{file}</c>.</param>
public sealed record IssuedUploadUrl(Uri UploadUrl, DateTimeOffset ExpiresOn, string BlobPath);
