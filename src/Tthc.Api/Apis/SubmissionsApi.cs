using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Indicators;
using Tthc.Pipeline.Submissions;

namespace Tthc.Api.Apis;

/// <summary>Submissions: <c>GET /api/submissions/{submissionId}</c> (status, findings, values) and its <c>/lines</c>.</summary>
public static class SubmissionsApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiRoutes.Prefix);
        api.MapGet(ApiRoutes.Submission, GetSubmission).WithName(nameof(GetSubmission));
        api.MapGet(ApiRoutes.SubmissionLines, GetSubmissionLines).WithName(nameof(GetSubmissionLines));
        return app;
    }

    /// <summary>The submission's status, unit, period, findings and values.</summary>
    public static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> GetSubmission(
        string submissionId,
        GetSubmission query,
        IndicatorCatalog catalog,
        CancellationToken cancellationToken)
    {
        var submission = await query.ExecuteAsync(submissionId, cancellationToken);
        return submission is null
            ? ApiProblems.NotFound("Không có bài nộp này / Unknown submission", $"'{submissionId}' không tồn tại / no such submission.")
            : TypedResults.Ok(SubmissionView.From(submission, catalog));
    }

    /// <summary>The submission's file as the numbered lines its evidence refers to.</summary>
    public static async Task<Results<Ok<SubmissionDocument>, ProblemHttpResult>> GetSubmissionLines(
        string submissionId,
        GetSubmissionDocument query,
        CancellationToken cancellationToken)
    {
        var document = await query.ExecuteAsync(submissionId, cancellationToken);
        return document is null
            ? ApiProblems.NotFound("Không có bài nộp này / Unknown submission", $"'{submissionId}' không tồn tại / no such submission.")
            : TypedResults.Ok(document);
    }
}
