namespace Tthc.Api.Apis;

/// <summary>The 200 body of <c>POST /api/reports/{unitCode}/upload-url</c>.</summary>
/// <param name="UploadUrl">Where to PUT the file (header <c>x-ms-blob-type: BlockBlob</c>); it may write that one blob, nothing else.</param>
/// <param name="ExpiresOn">When the URL stops working.</param>
/// <param name="BlobPath">The blob it writes, <c>{container}/incoming/{unitCode}/{fileName}</c>.</param>
public sealed record UploadUrlIssued(Uri UploadUrl, DateTimeOffset ExpiresOn, string BlobPath);
