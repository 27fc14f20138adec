using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Core.Indicators;
using Tthc.Core.Review;
using Tthc.Pipeline.Submissions;

namespace Tthc.Functions;

/// <summary><c>GET /api/submissions/{submissionId}</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class SubmissionLookup(GetSubmission query, IndicatorCatalog catalog, ReviewPolicy policy)
{
    // Anonymous at the platform only: ApiAccessMiddleware checks every call (key, role, scope) before this runs.
    [Function(nameof(SubmissionLookup))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Submission)] HttpRequest request,
        string submissionId,
        CancellationToken cancellationToken)
        => await SubmissionsApi.GetSubmission(submissionId, query, catalog, policy, cancellationToken);
}
