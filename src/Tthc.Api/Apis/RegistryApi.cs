using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core;
using Tthc.Pipeline.Registry;

namespace Tthc.Api.Apis;

/// <summary>Unit registry: <c>PUT /api/registry/{name}</c> with the CSV of CONTRACTS.md as body.</summary>
public static class RegistryApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapRegistryApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(ApiRoutes.Prefix).MapPut(ApiRoutes.Registry, PutRegistry).WithName(nameof(PutRegistry));
        return app;
    }

    /// <summary>Checks and stores a registry file; 400 naming the line of the first bad row.</summary>
    public static async Task<Results<Ok<RegistryLoaded>, ProblemHttpResult>> PutRegistry(
        string name,
        HttpRequest request,
        ImportUnitRegistry import,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.IsCode(name.Replace(".csv", string.Empty, StringComparison.Ordinal)))
        {
            return ApiProblems.BadRequest("Tên danh mục không hợp lệ / Invalid registry name", $"'{name}' phải có dạng [a-z0-9-]+ / must match [a-z0-9-]+.");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            return TypedResults.Ok(new RegistryLoaded(name, await import.ExecuteAsync(name, text, cancellationToken)));
        }
        catch (InputFormatException ex)
        {
            return ApiProblems.BadRequest("Danh mục đơn vị không hợp lệ / Invalid unit registry", ex.Message);
        }
    }
}
