using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Pipeline.Ingestion;

namespace Tthc.Api.Apis;

/// <summary>Uploads: <c>POST /api/reports/{unitCode}/{fileName}</c>, the HTTP twin of a blob upload to <c>reports/incoming/</c>.</summary>
public static class ReportsApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(ApiRoutes.ReportUpload, PostReport).WithName(nameof(PostReport));
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

        using var buffer = new MemoryStream();
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
        var result = await ingest.ExecuteAsync(unitCode, fileName, content, cancellationToken);
        return TypedResults.Accepted($"/{ApiRoutes.Prefix}/submissions/{result.SubmissionId}", new UploadAccepted(result.SubmissionId, result.Duplicate));
    }
}
