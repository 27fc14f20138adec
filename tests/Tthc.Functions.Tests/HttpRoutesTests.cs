using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Pipeline;
using Tthc.Storage;

namespace Tthc.Functions.Tests;

/// <summary>The Functions app serves exactly the routes <c>serve</c> maps, both taken from <see cref="ApiRoutes"/>.</summary>
public sealed class HttpRoutesTests
{
    [Fact]
    public void HttpTriggers_RouteEveryOneThroughApiRoutes()
    {
        var http = FunctionSource.All.Where(f => f.IsHttp).ToList();

        Assert.NotEmpty(http);
        Assert.All(http, f => Assert.NotNull(f.HttpTrigger?.RouteMember));
    }

    [Fact]
    public void HttpTriggers_SameMethodsAndRoutesAsServe()
    {
        var functions = FunctionRoutes();
        var serve = ServeRoutes();

        Assert.Contains("GET api/rollups/{province}/{period}", serve);
        Assert.Equal(serve, functions);
    }

    [Fact]
    public void HttpTriggers_RequireAFunctionKey()
    {
        // In Azure the API is public: uploads and recomputes must not be anonymous.
        var levels = FunctionClasses.TriggerParameters.Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().Select(t => t.AuthLevel);

        Assert.All(levels, level => Assert.Equal(AuthorizationLevel.Function, level));
    }

    [Fact]
    public void HostJson_RoutePrefix_IsApiRoutesPrefix()
    {
        Assert.Equal(ApiRoutes.Prefix, HostRoutePrefix());
    }

    // What the Functions host will route: host.json's prefix + each HttpTrigger's route and methods.
    private static SortedSet<string> FunctionRoutes()
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var trigger in FunctionClasses.TriggerParameters.Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>())
        {
            foreach (var method in trigger.Methods)
            {
                routes.Add($"{method.ToUpperInvariant()} {HostRoutePrefix()}/{trigger.Route}");
            }
        }

        return routes;
    }

    // What `serve` maps: the same registrations as the Functions Program.cs, then MapTthcApi.
    private static SortedSet<string> ServeRoutes()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddTthcPipeline(builder.Configuration).AddTthcStorage(builder.Configuration).AddTthcApi();
        var app = builder.Build();
        app.MapTthcApi();

        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                routes.Add($"{method} {endpoint.RoutePattern.RawText!.Trim('/')}");
            }
        }

        return routes;
    }

    private static string HostRoutePrefix()
    {
        using var host = JsonDocument.Parse(RepositoryFiles.Read("host.json"));
        return host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;
    }
}
