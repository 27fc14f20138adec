using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Ports;

namespace Tthc.Functions;

/// <summary><c>GET /api/audit?province=&amp;from=&amp;to=</c>: the audit log, the same endpoint as <c>serve</c>'s.</summary>
public sealed class AuditQuery(IAuditLog audit)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(AuditQuery))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Audit)] HttpRequest request,
        CancellationToken cancellationToken)
        => await AuditApi.GetAudit(request, audit, cancellationToken);
}
