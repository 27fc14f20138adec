using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;

namespace Tthc.Functions;

/// <summary><c>GET /api/session</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class SessionInfo
{
    [Function(nameof(SessionInfo))]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Session)] HttpRequest request)
        => SessionApi.GetSession(request);
}
