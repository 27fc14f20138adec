using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline;
using Tthc.Pipeline.Ingestion;

namespace Tthc.Functions;

/// <summary><c>POST /api/reports/{unitCode}/{fileName}</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class UploadReport(IngestUpload ingest, IOptions<UploadOptions> upload)
{
    [Function(nameof(UploadReport))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.ReportUpload)] HttpRequest request,
        string unitCode,
        string fileName,
        CancellationToken cancellationToken)
        => await ReportsApi.PostReport(unitCode, fileName, request, ingest, upload, cancellationToken);
}
