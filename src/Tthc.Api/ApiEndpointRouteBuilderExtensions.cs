using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tthc.Api.Apis;
using Tthc.Core.Text;

namespace Tthc.Api;

/// <summary>Maps every API group and configures its JSON; <c>serve</c> calls both.</summary>
public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>Maps all routes of CONTRACTS.md.</summary>
    public static IEndpointRouteBuilder MapTthcApi(this IEndpointRouteBuilder app)
        => app.MapReportsApi().MapSubmissionsApi().MapUnitsApi().MapIndicatorsApi().MapRollupsApi().MapRegistryApi();

    /// <summary>
    /// Configures the API's JSON (camelCase, Vietnamese unescaped), problem details, and <see cref="ApiExceptionHandler"/>
    /// (the host applies it: <c>UseExceptionHandler</c> in <c>serve</c>, the worker middleware in the Functions app).
    /// </summary>
    public static IServiceCollection AddTthcApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => TthcJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }
}
