using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline;
using Tthc.Pipeline.Registry;

namespace Tthc.Functions;

/// <summary><c>PUT /api/registry/{province}</c>: load a province's unit registry, the same endpoint as <c>serve</c>'s.</summary>
public sealed class RegistryUpload(ImportUnitRegistry import, IOptions<UploadOptions> limits)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(RegistryUpload))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Registry)] HttpRequest request,
        string province,
        CancellationToken cancellationToken)
        => await RegistryApi.PutRegistry(province, request, import, limits, cancellationToken);
}
