using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Ports;

namespace Tthc.Functions;

/// <summary><c>GET /api/registry/{province}</c>: the province's registry file as loaded, the same endpoint as <c>serve</c>'s.</summary>
public sealed class RegistryDownload(IUnitRegistryStore store)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(RegistryDownload))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Registry)] HttpRequest request,
        string province,
        CancellationToken cancellationToken)
        => await RegistryApi.GetRegistry(province, store, cancellationToken);
}
