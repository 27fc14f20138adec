using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Tthc.Api;

namespace Tthc.Functions;

/// <summary>
/// The same authorization seam as <c>serve</c>'s <c>/api</c> group filter, in front of every HTTP function: the bearer
/// key, its role and its scope are checked by <see cref="ApiAuthorizer"/> before the function runs; a refused call is
/// answered 401/403 problem+json and the function is not invoked. This is why the HTTP triggers are
/// <c>AuthorizationLevel.Anonymous</c> at the platform level: our own seam checks every call, with per-unit and
/// per-province keys instead of one shared function key. Other triggers, and the web app's files, pass straight through.
/// </summary>
public sealed class ApiAccessMiddleware(ApiAuthorizer authorizer) : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        // Outside /api is only the web app's files (WebApp): they hold no data and are public; every /api call the page
        // makes carries its key.
        if (context.GetHttpContext() is { } http
            && http.Request.Path.StartsWithSegments("/" + ApiRoutes.Prefix)
            && await authorizer.AuthorizeAsync(http, context.CancellationToken) is { } refused)
        {
            await refused.ExecuteAsync(http);
            return;
        }

        await next(context);
    }
}
