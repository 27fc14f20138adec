using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Indicators;
using Tthc.Pipeline.Processing;
using Tthc.Pipeline.Submissions;

namespace Tthc.Api.Apis;

/// <summary>Submission status, <c>GET /api/submissions/{submissionId}</c>; a failed one run again, <c>POST /api/submissions/{submissionId}/retry</c>.</summary>
public static class SubmissionsApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Submission, GetSubmission).WithName(nameof(GetSubmission));
        app.MapPost(ApiRoutes.SubmissionRetry, RetrySubmission).WithName(nameof(RetrySubmission));
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

    /// <summary>Runs a <c>failed</c> submission again: 202 with its id; 404 when unknown; 409 when it has not failed.</summary>
    public static async Task<Results<Accepted<UploadAccepted>, ProblemHttpResult>> RetrySubmission(
        string submissionId,
        RetrySubmission retry,
        CancellationToken cancellationToken)
        => await retry.ExecuteAsync(submissionId, cancellationToken) switch
        {
            RetryOutcome.Queued => TypedResults.Accepted($"/{ApiRoutes.Prefix}/submissions/{submissionId}", new UploadAccepted(submissionId, Duplicate: false)),
            RetryOutcome.NotFound => ApiProblems.NotFound("Không có bài nộp này / Unknown submission", $"'{submissionId}' không tồn tại / no such submission."),
            _ => ApiProblems.Conflict("Bài nộp không ở trạng thái lỗi / Submission has not failed", $"'{submissionId}': chỉ chạy lại được bài nộp 'failed' / only a failed submission can be run again."),
        };
}
