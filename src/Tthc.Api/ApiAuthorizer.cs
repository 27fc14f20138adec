using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Tthc.Core.Access;
using Tthc.Pipeline.Access;
using Tthc.Pipeline.Ports;

namespace Tthc.Api;

/// <summary>
/// The one authorization seam of the API, used by both hosts: <c>serve</c> runs it as the <c>/api</c> route group's
/// endpoint filter, the Functions app as a worker middleware in front of every HTTP function. It reads the bearer key,
/// finds the caller, and checks the route's rule (<see cref="ApiAccessRules"/>): 401 without a valid key, 403 outside
/// the key's role or scope, as problem+json. The caller is then on the request (<see cref="HttpContextCallerExtensions.Caller"/>).
/// </summary>
public sealed class ApiAuthorizer(AuthenticateCaller authenticate, IUnitRegistryStore registry, ISubmissionStore submissions)
{
    /// <summary>Null when the request may go on (the caller is set on it); otherwise the 401/403 answer to send.</summary>
    public async Task<IResult?> AuthorizeAsync(HttpContext http, CancellationToken cancellationToken = default)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        var prefix = "/" + ApiRoutes.Prefix + "/";
        var (rule, values) = ApiAccessRules.Match(http.Request.Method, path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? path[prefix.Length..] : path);

        var caller = BearerKey(http.Request) is { } key ? await authenticate.ExecuteAsync(key, cancellationToken) : null;
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                "Gửi khóa truy cập hợp lệ trong tiêu đề 'Authorization: Bearer <khóa>' / send a valid key as 'Authorization: Bearer <key>'.",
                title: "Cần khóa truy cập / Authentication required",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!rule.Roles.Contains(caller.Role))
        {
            return Forbidden($"Vai trò '{Name(caller.Role)}' không được gọi {rule.Method} /{ApiRoutes.Prefix}/{rule.Route} / the '{Name(caller.Role)}' role may not call this route.");
        }

        if (!await InScopeAsync(caller, rule, values, http.Request, cancellationToken))
        {
            return Forbidden($"Ngoài phạm vi của khóa ({Name(caller.Role)}: {caller.Scope}) / outside the key's scope.");
        }

        http.Features.Set(caller);
        return null;
    }

    private static string? BearerKey(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    private static string Name(AccessRole role) => role.ToString().ToLowerInvariant();

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden(string detail)
        => TypedResults.Problem(detail, title: "Không có quyền / Forbidden", statusCode: StatusCodes.Status403Forbidden);

    private async Task<bool> InScopeAsync(Caller caller, ApiAccessRule rule, RouteValueDictionary values, HttpRequest request, CancellationToken cancellationToken)
    {
        if (caller.IsAdmin || rule.Scope == ApiScope.Role)
        {
            return true;
        }

        var value = rule.Scope == ApiScope.ProvinceQuery ? request.Query[rule.Parameter!].ToString() : values[rule.Parameter!]?.ToString() ?? string.Empty;
        switch (rule.Scope)
        {
            case ApiScope.Province:
                return caller.CoversProvince(value);
            case ApiScope.ProvinceQuery:
                return value.Length == 0 || caller.CoversProvince(value);
            case ApiScope.Unit:
                return caller.CoversUnit(value, await registry.GetAsync(cancellationToken));
            default:
                // A submission that does not exist is let through: the route answers 404, and a hashed id leaks nothing.
                var submission = await submissions.GetAsync(value, cancellationToken);
                return submission is null || caller.CoversUnit(submission.UnitCode, await registry.GetAsync(cancellationToken));
        }
    }
}
