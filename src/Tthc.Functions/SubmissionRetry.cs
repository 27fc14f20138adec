using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Processing;

namespace Tthc.Functions;

/// <summary><c>POST /api/submissions/{submissionId}/retry</c>: run a failed submission again, the same endpoint as <c>serve</c>'s.</summary>
public sealed class SubmissionRetry(RetrySubmission retry)
{
    [Function(nameof(SubmissionRetry))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Prefix + "/" + ApiRoutes.SubmissionRetry)] HttpRequest request,
        string submissionId,
        CancellationToken cancellationToken)
        => await SubmissionsApi.RetrySubmission(submissionId, retry, cancellationToken);
}
