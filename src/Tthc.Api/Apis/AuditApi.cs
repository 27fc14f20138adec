using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Access;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Api.Apis;

/// <summary>The audit log: <c>GET /api/audit?province=&amp;from=&amp;to=</c> (admin; a province key reads its own province).</summary>
public static class AuditApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Audit, GetAudit).WithName(nameof(GetAudit));
        return app;
    }

    /// <summary>
    /// Entries oldest first, of <c>province</c> (a province key: its own when not given; admin: all provinces when not
    /// given), between <c>from</c> and <c>to</c> (ISO 8601, inclusive).
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> GetAudit(HttpRequest request, IAuditLog audit, CancellationToken cancellationToken)
    {
        var caller = request.HttpContext.Caller();
        var province = request.Query["province"].ToString() is { Length: > 0 } given ? given : caller.Role == AccessRole.Province ? caller.Scope : null;
        if (!TryTime(request.Query["from"], out var from) || !TryTime(request.Query["to"], out var to))
        {
            return ApiProblems.BadRequest("Thời điểm không hợp lệ / Invalid time", "from, to: ISO 8601, ví dụ / e.g. 2026-12-01 hoặc / or 2026-12-01T08:00:00Z.");
        }

        return TypedResults.Ok(await audit.QueryAsync(province, from, to, cancellationToken));
    }

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }
}
