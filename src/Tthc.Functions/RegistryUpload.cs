using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Registry;

namespace Tthc.Functions;

/// <summary><c>PUT /api/registry/{name}</c>: load a province's unit registry, the same endpoint as <c>serve</c>'s.</summary>
public sealed class RegistryUpload(ImportUnitRegistry import)
{
    [Function(nameof(RegistryUpload))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Registry)] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
        => await RegistryApi.PutRegistry(name, request, import, cancellationToken);
}
