using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Tthc.Api.Apis;

/// <summary>Who the caller is: <c>GET /api/session</c>, so the web app shows what the key may do after sign-in.</summary>
public static class SessionApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Session, GetSession).WithName(nameof(GetSession));
        return app;
    }

    /// <summary>The key's id, role and scope (never the key).</summary>
    public static Ok<SessionView> GetSession(HttpRequest request) => TypedResults.Ok(SessionView.From(request.HttpContext.Caller()));
}
