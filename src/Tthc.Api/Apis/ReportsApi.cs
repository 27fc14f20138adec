using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Tthc.Pipeline;
using Tthc.Pipeline.Ingestion;

namespace Tthc.Api.Apis;

/// <summary>Uploads: <c>POST /api/reports/{unitCode}/{fileName}</c>, the HTTP twin of a blob upload to <c>reports/incoming/</c>.</summary>
public static class ReportsApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(ApiRoutes.Prefix).MapPost(ApiRoutes.ReportUpload, PostReport).WithName(nameof(PostReport));
        return app;
    }

    /// <summary>Stores the body as the unit's report and registers it; 202 with the submission id.</summary>
    public static async Task<Results<Accepted<UploadAccepted>, ProblemHttpResult>> PostReport(
        string unitCode,
        string fileName,
        HttpRequest request,
        IngestUpload ingest,
        IOptions<UploadOptions> upload,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.IsCode(unitCode))
        {
            return ApiProblems.BadRequest("Mã đơn vị không hợp lệ / Invalid unit code", $"'{unitCode}' phải có dạng [a-z0-9-]+ / must match [a-z0-9-]+.");
        }

        if (!ApiArguments.IsFileName(fileName))
        {
            return ApiProblems.BadRequest("Tên tệp không hợp lệ / Invalid file name", $"'{fileName}' không được chứa '/' hoặc '\\' / must be a plain file name.");
        }

        var max = upload.Value.MaxFileBytes;
        if (request.ContentLength > max)
        {
            return ApiProblems.TooLarge($"{fileName}: {request.ContentLength} byte > giới hạn {max} byte / over the {max}-byte limit.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return ApiProblems.TooLarge($"{fileName}: vượt giới hạn {max} byte / over the {max}-byte limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return ApiProblems.BadRequest("Tệp rỗng / Empty file", $"{fileName}: nội dung rỗng / the request body is empty.");
        }

        var content = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        // Same effect as a blob upload to reports/incoming/: the bytes are archived under the submission and queued.
        var result = await ingest.ExecuteAsync(unitCode, fileName, content, cancellationToken);
        return TypedResults.Accepted($"/{ApiRoutes.Prefix}/submissions/{result.SubmissionId}", new UploadAccepted(result.SubmissionId, result.Duplicate));
    }
}
