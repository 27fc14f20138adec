using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Indicators;
using Tthc.Core.Review;
using Tthc.Core.Text;
using Tthc.Pipeline.Processing;
using Tthc.Pipeline.Review;
using Tthc.Pipeline.Submissions;

namespace Tthc.Api.Apis;

/// <summary>
/// Submissions: <c>GET /api/submissions/{submissionId}</c> (status, findings, values), its <c>/lines</c>,
/// <c>POST …/review</c> (confirm or correct a value) and <c>POST …/retry</c> (run a failed one again).
/// </summary>
public static class SubmissionsApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Submission, GetSubmission).WithName(nameof(GetSubmission));
        app.MapGet(ApiRoutes.SubmissionLines, GetSubmissionLines).WithName(nameof(GetSubmissionLines));
        app.MapPost(ApiRoutes.SubmissionReview, PostReview).WithName(nameof(PostReview));
        app.MapPost(ApiRoutes.SubmissionRetry, RetrySubmission).WithName(nameof(RetrySubmission));
        return app;
    }

    /// <summary>The submission's status, unit, period, findings and values.</summary>
    public static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> GetSubmission(
        string submissionId,
        GetSubmission query,
        IndicatorCatalog catalog,
        ReviewPolicy policy,
        CancellationToken cancellationToken)
    {
        var submission = await query.ExecuteAsync(submissionId, cancellationToken);
        return submission is null
            ? UnknownSubmission(submissionId)
            : TypedResults.Ok(SubmissionView.From(submission, catalog, policy));
    }

    /// <summary>
    /// A person confirms or corrects one value (<c>{"code", "action": "confirm|correct", "value"?}</c>); 200 with the
    /// submission as it now stands, 400 for a bad request, 404 for an unknown submission, 409 when it is not the unit's
    /// counted version.
    /// </summary>
    public static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> PostReview(
        string submissionId,
        HttpRequest request,
        ReviewValue review,
        IndicatorCatalog catalog,
        ReviewPolicy policy,
        CancellationToken cancellationToken)
    {
        ReviewRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<ReviewRequest>(TthcJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            body = null;
        }

        if (body is not { Code.Length: > 0, Action: { } action })
        {
            return ApiProblems.BadRequest("Yêu cầu xem xét không hợp lệ / Invalid review", "Gửi JSON {\"code\": \"…\", \"action\": \"confirm|correct\", \"value\": số khi sửa} / send {code, action, value when correcting}.");
        }

        try
        {
            var reviewed = await review.ExecuteAsync(request.HttpContext.Caller(), submissionId, body.Code, action, body.Value, cancellationToken);
            return reviewed is null ? UnknownSubmission(submissionId) : TypedResults.Ok(SubmissionView.From(reviewed, catalog, policy));
        }
        catch (ReviewRejectedException ex)
        {
            return TypedResults.Problem(
                ex.Message,
                title: "Không ghi nhận được quyết định / The decision was not recorded",
                statusCode: ex.Reason == ReviewRejection.NotCurrent ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The submission's file as the numbered lines its evidence refers to.</summary>
    public static async Task<Results<Ok<SubmissionDocument>, ProblemHttpResult>> GetSubmissionLines(
        string submissionId,
        GetSubmissionDocument query,
        CancellationToken cancellationToken)
    {
        var document = await query.ExecuteAsync(submissionId, cancellationToken);
        return document is null ? UnknownSubmission(submissionId) : TypedResults.Ok(document);
    }

    /// <summary>Runs a <c>failed</c> submission again: 202 with its id; 404 when unknown; 409 when it has not failed.</summary>
    public static async Task<Results<Accepted<UploadAccepted>, ProblemHttpResult>> RetrySubmission(
        string submissionId,
        RetrySubmission retry,
        CancellationToken cancellationToken)
        => await retry.ExecuteAsync(submissionId, cancellationToken) switch
        {
            RetryOutcome.Queued => TypedResults.Accepted($"/{ApiRoutes.Prefix}/submissions/{submissionId}", new UploadAccepted(submissionId, Duplicate: false)),
            RetryOutcome.NotFound => UnknownSubmission(submissionId),
            _ => ApiProblems.Conflict("Bài nộp không ở trạng thái lỗi / Submission has not failed", $"'{submissionId}': chỉ chạy lại được bài nộp 'failed' / only a failed submission can be run again."),
        };

    private static ProblemHttpResult UnknownSubmission(string submissionId)
        => ApiProblems.NotFound("Không có bài nộp này / Unknown submission", $"'{submissionId}' không tồn tại / no such submission.");
}
