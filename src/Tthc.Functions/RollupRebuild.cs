using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Rollups;

namespace Tthc.Functions;

/// <summary><c>POST /api/rollups/{province}/{period}</c>: recompute now, the same endpoint as <c>serve</c>'s.</summary>
public sealed class RollupRebuild(BuildRollup build)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(RollupRebuild))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Rollup)] HttpRequest request,
        string province,
        string period,
        CancellationToken cancellationToken)
        => await RollupsApi.PostRollup(province, period, build, cancellationToken);
}
