using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tthc.Api;

namespace Tthc.Web;

/// <summary>The web app at <c>/</c>: <c>serve</c> maps it with <see cref="MapTthcWebApp"/>, the Functions app calls <see cref="GetAsset"/>.</summary>
public static class WebAppEndpoints
{
    /// <summary>The catch-all route template of the app's files (ASP.NET Core syntax; the Functions route is <c>{*path}</c>).</summary>
    public const string Route = "{**path}";

    /// <summary>Registers the app's files.</summary>
    public static IServiceCollection AddTthcWebApp(this IServiceCollection services)
    {
        services.TryAddSingleton<WebAssets>();
        return services;
    }

    /// <summary>Maps <c>GET /</c> and the app's files; API routes are more specific and win.</summary>
    public static IEndpointRouteBuilder MapTthcWebApp(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Route, [HttpMethods.Get, HttpMethods.Head], GetAsset).WithName(nameof(GetAsset));
        return app;
    }

    /// <summary>The file at <paramref name="path"/> (the page for an empty one), or 404; never an API answer.</summary>
    public static IResult GetAsset(string? path, WebAssets assets)
    {
        var api = path is not null && (path == ApiRoutes.Prefix || path.StartsWith(ApiRoutes.Prefix + "/", StringComparison.Ordinal));
        return !api && assets.Find(path) is { } asset
            ? new WebAssetResult(asset)
            : TypedResults.Problem($"'/{path}' không có / there is nothing at this address.", title: "Không tìm thấy / Not found", statusCode: StatusCodes.Status404NotFound);
    }
}
