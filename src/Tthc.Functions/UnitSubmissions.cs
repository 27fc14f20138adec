using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Core.Review;
using Tthc.Pipeline.Submissions;

namespace Tthc.Functions;

/// <summary><c>GET /api/units/{unitCode}/submissions</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class UnitSubmissions(ListUnitSubmissions query, ReviewPolicy policy)
{
    [Function(nameof(UnitSubmissions))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.UnitSubmissions)] HttpRequest request,
        string unitCode,
        CancellationToken cancellationToken)
        => await UnitsApi.GetUnitSubmissions(unitCode, query, policy, cancellationToken);
}
