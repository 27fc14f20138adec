using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Text;
using Tthc.Pipeline.Ingestion;

namespace Tthc.Api.Apis;

/// <summary>
/// Uploads: <c>POST /api/reports/{unitCode}/{fileName}</c>, the HTTP twin of a blob upload to <c>reports/incoming/</c>, and
/// <c>POST /api/reports/{unitCode}/upload-url</c>, the URL that lets the unit write that blob itself.
/// </summary>
public static class ReportsApi
{
    // A file name of at most 200 characters in a small JSON body: anything larger is not a request for a URL.
    private const long MaxRequestBytes = 4096;

    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(ApiRoutes.ReportUpload, PostReport).WithName(nameof(PostReport));
        app.MapPost(ApiRoutes.ReportUploadUrl, PostUploadUrl).WithName(nameof(PostUploadUrl));
        return app;
    }

    /// <summary>
    /// Stores the body as the unit's report and registers it; 202 with the submission id. A broken upload rule
    /// throws <see cref="UploadRejectedException"/>, which <see cref="ApiExceptionHandler"/> answers (400/413).
    /// </summary>
    public static async Task<Accepted<UploadAccepted>> PostReport(
        string unitCode,
        string fileName,
        HttpRequest request,
        IngestUpload ingest,
        CancellationToken cancellationToken)
    {
        // The rules that need no bytes first: a bad name, or a body announced too large, is refused before it is read.
        ingest.Check(unitCode, fileName, request.ContentLength);

        // Sized once from the announced length (already checked against the limit): no doubling copies of a 20 MB body.
        using var buffer = new MemoryStream(request.ContentLength is { } announced ? (int)announced : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // A body sent without a length is not buffered past the limit either.
            ingest.Check(unitCode, fileName, buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }

        var content = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        // Same effect as a blob upload to reports/incoming/: the bytes are archived under the submission and queued.
        var result = await ingest.ExecuteAsync(request.HttpContext.Caller(), unitCode, fileName, content, cancellationToken);
        return TypedResults.Accepted($"/{ApiRoutes.Prefix}/submissions/{result.SubmissionId}", new UploadAccepted(result.SubmissionId, result.Duplicate));
    }

    /// <summary>
    /// A short-lived URL that may write <c>incoming/{unitCode}/{fileName}</c> once or more until it expires, and nothing
    /// else; the file name comes from <c>?fileName=</c> or the body <c>{"fileName": "…"}</c> and obeys the upload rules.
    /// </summary>
    public static async Task<Results<Ok<UploadUrlIssued>, ProblemHttpResult>> PostUploadUrl(
        string unitCode,
        HttpRequest request,
        IssueUploadUrl issue,
        CancellationToken cancellationToken)
    {
        var fileName = request.Query["fileName"].ToString();
        if (fileName.Length == 0)
        {
            var text = await ApiBody.ReadTextAsync(request, MaxRequestBytes, cancellationToken);
            try
            {
                fileName = (text.Length > 0 ? JsonSerializer.Deserialize<UploadUrlRequest>(text, TthcJson.Options)?.FileName : null) ?? string.Empty;
            }
            catch (JsonException)
            {
                fileName = string.Empty;
            }
        }

        if (fileName.Length == 0)
        {
            return ApiProblems.BadRequest("Thiếu tên tệp / File name missing", "Gửi / send ?fileName=<tên tệp / file name> hoặc / or {\"fileName\": \"…\"}.");
        }

        var issued = await issue.ExecuteAsync(request.HttpContext.Caller(), unitCode, fileName, cancellationToken);
        return TypedResults.Ok(new UploadUrlIssued(issued.UploadUrl, issued.ExpiresOn, issued.BlobPath));
    }

}
