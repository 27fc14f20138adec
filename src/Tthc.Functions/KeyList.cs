using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Access;

namespace Tthc.Functions;

/// <summary><c>GET /api/keys</c>: the keys the caller may see, the same endpoint as <c>serve</c>'s.</summary>
public sealed class KeyList(ListAccessKeys list)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(KeyList))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Keys)] HttpRequest request,
        CancellationToken cancellationToken)
        => await KeysApi.GetKeys(request, list, cancellationToken);
}
