using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Access;

namespace Tthc.Functions;

/// <summary><c>POST /api/keys</c>: make a unit or province key (shown once), the same endpoint as <c>serve</c>'s.</summary>
public sealed class KeyCreate(CreateAccessKey create)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(KeyCreate))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Keys)] HttpRequest request,
        CancellationToken cancellationToken)
        => await KeysApi.PostKey(request, create, cancellationToken);
}
