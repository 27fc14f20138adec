using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Ingestion;

namespace Tthc.Functions;

/// <summary><c>POST /api/reports/{unitCode}/{fileName}</c>: the same endpoint as <c>serve</c>'s (a refused upload answers through <see cref="ApiProblemMiddleware"/>).</summary>
public sealed class UploadReport(IngestUpload ingest)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(UploadReport))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Prefix + "/" + ApiRoutes.ReportUpload)] HttpRequest request,
        string unitCode,
        string fileName,
        CancellationToken cancellationToken)
        => await ReportsApi.PostReport(unitCode, fileName, request, ingest, cancellationToken);
}
