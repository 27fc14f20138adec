using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Rollups;

namespace Tthc.Functions;

/// <summary><c>GET /api/rollups/{province}/{period}/export[?format=xlsx|csv|txt]</c>: the consolidated table (or the draft paragraph) as a file, the same endpoint as <c>serve</c>'s.</summary>
public sealed class RollupDownload(ExportRollup export)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(RollupDownload))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.RollupExport)] HttpRequest request,
        string province,
        string period,
        CancellationToken cancellationToken)
        => await RollupsApi.GetRollupExport(province, period, request.Query["format"], export, cancellationToken);
}
