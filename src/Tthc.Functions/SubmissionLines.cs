using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Pipeline.Submissions;

namespace Tthc.Functions;

/// <summary><c>GET /api/submissions/{submissionId}/lines</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class SubmissionLines(GetSubmissionDocument query)
{
    [Function(nameof(SubmissionLines))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.SubmissionLines)] HttpRequest request,
        string submissionId,
        CancellationToken cancellationToken)
        => await SubmissionsApi.GetSubmissionLines(submissionId, query, cancellationToken);
}
