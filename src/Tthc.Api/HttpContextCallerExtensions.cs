using Microsoft.AspNetCore.Http;
using Tthc.Core.Access;

namespace Tthc.Api;

/// <summary>The caller <see cref="ApiAuthorizer"/> put on the request.</summary>
public static class HttpContextCallerExtensions
{
    /// <summary>The authenticated caller of this request.</summary>
    /// <exception cref="InvalidOperationException">The request did not pass through <see cref="ApiAuthorizer"/>.</exception>
    public static Caller Caller(this HttpContext http)
        => http.Features.Get<Caller>() ?? throw new InvalidOperationException($"No caller on {http.Request.Path}: the route is not behind {nameof(ApiAuthorizer)}.");
}
