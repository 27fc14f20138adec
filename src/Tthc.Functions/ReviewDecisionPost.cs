using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Core.Indicators;
using Tthc.Core.Review;
using Tthc.Pipeline.Review;

namespace Tthc.Functions;

/// <summary><c>POST /api/submissions/{submissionId}/review</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class ReviewDecisionPost(ReviewValue review, IndicatorCatalog catalog, ReviewPolicy policy)
{
    [Function(nameof(ReviewDecisionPost))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Prefix + "/" + ApiRoutes.SubmissionReview)] HttpRequest request,
        string submissionId,
        CancellationToken cancellationToken)
        => await SubmissionsApi.PostReview(submissionId, request, review, catalog, policy, cancellationToken);
}
