using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Rollups;

namespace Tthc.Functions;

/// <summary><c>GET /api/rollups/{province}/{period}/units</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class RollupUnits(GetRollupUnits query)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(RollupUnits))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.RollupUnits)] HttpRequest request,
        string province,
        string period,
        CancellationToken cancellationToken)
        => await RollupsApi.GetRollupUnits(province, period, query, cancellationToken);
}
