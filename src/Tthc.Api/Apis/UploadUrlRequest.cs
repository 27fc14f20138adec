namespace Tthc.Api.Apis;

/// <summary>The optional body of <c>POST /api/reports/{unitCode}/upload-url</c> (the query's <c>?fileName=</c> does the same).</summary>
/// <param name="FileName">The name the file will have under <c>incoming/{unitCode}/</c>.</param>
public sealed record UploadUrlRequest(string? FileName);
