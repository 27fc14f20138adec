using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Pipeline.Submissions;

namespace Tthc.Api.Apis;

/// <summary>Submission status: <c>GET /api/submissions/{submissionId}</c>.</summary>
public static class SubmissionsApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(ApiRoutes.Prefix).MapGet(ApiRoutes.Submission, GetSubmission).WithName(nameof(GetSubmission));
        return app;
    }

    /// <summary>The submission's status, unit, period, findings and values.</summary>
    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetSubmission(
        string submissionId,
        GetSubmission query,
        IndicatorCatalog catalog,
        CancellationToken cancellationToken)
    {
        var submission = await query.ExecuteAsync(submissionId, cancellationToken);
        return submission is null
            ? ApiProblems.NotFound("Không có bài nộp này / Unknown submission", $"'{submissionId}' không tồn tại / no such submission.")
            : TypedResults.Ok(ToJson(submission, catalog));
    }

    /// <summary>The JSON of a submission (findings and indicators as in the parse-result contract).</summary>
    public static JsonObject ToJson(Submission s, IndicatorCatalog catalog) => new()
    {
        ["submissionId"] = s.SubmissionId,
        ["status"] = s.Status.ToString().ToLowerInvariant(),
        ["unit"] = s.UnitCode,
        ["period"] = s.Period,
        ["province"] = s.Province,
        ["file"] = s.FileName,
        ["format"] = s.Format,
        ["uploadedAt"] = s.UploadedAt.ToString("O", CultureInfo.InvariantCulture),
        ["processedAt"] = s.ProcessedAt?.ToString("O", CultureInfo.InvariantCulture),
        ["supersededBy"] = s.SupersededBy,
        ["failureReason"] = s.FailureReason,
        ["findings"] = ParseResultJson.FindingsJson(s.Findings),
        ["indicators"] = new JsonArray([.. s.Indicators.Select(v => (JsonNode)ParseResultJson.IndicatorJson(v, catalog))]),
    };
}
