using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Review;
using Tthc.Pipeline.Submissions;

namespace Tthc.Api.Apis;

/// <summary>Units: <c>GET /api/units/{unitCode}/submissions</c>, what a unit has sent and where each file stands.</summary>
public static class UnitsApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.UnitSubmissions, GetUnitSubmissions).WithName(nameof(GetUnitSubmissions));
        return app;
    }

    /// <summary>The unit's submissions, newest first.</summary>
    public static async Task<Results<Ok<UnitSubmissionsView>, ProblemHttpResult>> GetUnitSubmissions(
        string unitCode,
        ListUnitSubmissions query,
        ReviewPolicy policy,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.IsCode(unitCode))
        {
            return ApiProblems.BadRequest("Mã đơn vị không hợp lệ / Invalid unit code", $"'{unitCode}' phải có dạng [a-z0-9-]+ / must match [a-z0-9-]+.");
        }

        var submissions = await query.ExecuteAsync(unitCode, cancellationToken);
        return TypedResults.Ok(new UnitSubmissionsView(unitCode, [.. submissions.Select(s => SubmissionSummary.From(s, policy))]));
    }
}
