using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Ingestion;

namespace Tthc.Functions;

/// <summary>
/// <c>POST /api/reports/{unitCode}/upload-url</c>: the same endpoint as <c>serve</c>'s. In Azure the app's managed
/// identity signs a user-delegation SAS (it holds Storage Blob Delegator; no account key is used). Named to sort before
/// <see cref="UploadReport"/>: the host tries routes in the order of function names, and <c>reports/{unitCode}/{fileName}</c>
/// would otherwise take <c>reports/x/upload-url</c> as a file (FunctionsMetadataTests checks every overlapping pair).
/// </summary>
public sealed class ReportUploadUrl(IssueUploadUrl issue)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(ReportUploadUrl))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Prefix + "/" + ApiRoutes.ReportUploadUrl)] HttpRequest request,
        string unitCode,
        CancellationToken cancellationToken)
        => await ReportsApi.PostUploadUrl(unitCode, request, issue, cancellationToken);
}
