using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tthc.Api.Apis;
using Tthc.Core.Text;

namespace Tthc.Api;

/// <summary>Maps every API group and configures its JSON; <c>serve</c> calls both.</summary>
public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps all routes of CONTRACTS.md on one <c>/api</c> group whose endpoint filter is <see cref="ApiAuthorizer"/>:
    /// no route answers before its key, role and scope are checked.
    /// </summary>
    public static RouteGroupBuilder MapTthcApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiRoutes.Prefix);
        api.AddEndpointFilter(async (context, next) =>
            await context.HttpContext.RequestServices.GetRequiredService<ApiAuthorizer>().AuthorizeAsync(context.HttpContext, context.HttpContext.RequestAborted)
            ?? await next(context));
        api.MapReportsApi().MapSubmissionsApi().MapUnitsApi().MapIndicatorsApi().MapRollupsApi().MapRegistryApi().MapKeysApi().MapSessionApi().MapAuditApi();
        return api;
    }

    /// <summary>
    /// Configures the API's JSON (camelCase, Vietnamese unescaped), problem details, and <see cref="ApiExceptionHandler"/>
    /// (the host applies it: <c>UseExceptionHandler</c> in <c>serve</c>, the worker middleware in the Functions app).
    /// </summary>
    public static IServiceCollection AddTthcApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => TthcJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.TryAddSingleton<ApiAuthorizer>();
        return services;
    }
}
