using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Access;

namespace Tthc.Functions;

/// <summary><c>DELETE /api/keys/{id}</c>: revoke a key, the same endpoint as <c>serve</c>'s.</summary>
public sealed class KeyRevoke(RevokeAccessKey revoke)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(KeyRevoke))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Key)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
        => await KeysApi.DeleteKey(id, request, revoke, cancellationToken);
}
