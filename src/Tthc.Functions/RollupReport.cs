using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Rollups;

namespace Tthc.Functions;

/// <summary><c>GET /api/rollups/{province}/{period}[?fresh=true]</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class RollupReport(GetRollup query)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(RollupReport))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Rollup)] HttpRequest request,
        string province,
        string period,
        CancellationToken cancellationToken)
        => await RollupsApi.GetRollup(province, period, bool.TryParse(request.Query["fresh"], out var fresh) && fresh, query, cancellationToken);
}
