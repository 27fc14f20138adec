using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Indicators;
using Tthc.Core.Review;
using Tthc.Core.Text;
using Tthc.Pipeline.Review;
using Tthc.Pipeline.Submissions;

namespace Tthc.Api.Apis;

/// <summary>Submissions: <c>GET /api/submissions/{submissionId}</c> (status, findings, values), its <c>/lines</c>, and <c>POST …/review</c>.</summary>
public static class SubmissionsApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiRoutes.Prefix);
        api.MapGet(ApiRoutes.Submission, GetSubmission).WithName(nameof(GetSubmission));
        api.MapGet(ApiRoutes.SubmissionLines, GetSubmissionLines).WithName(nameof(GetSubmissionLines));
        api.MapPost(ApiRoutes.SubmissionReview, PostReview).WithName(nameof(PostReview));
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
            var reviewer = request.HttpContext.User.Identity?.Name ?? "anonymous";
            var reviewed = await review.ExecuteAsync(submissionId, body.Code, action, body.Value, reviewer, cancellationToken);
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

    private static ProblemHttpResult UnknownSubmission(string submissionId)
        => ApiProblems.NotFound("Không có bài nộp này / Unknown submission", $"'{submissionId}' không tồn tại / no such submission.");
}
