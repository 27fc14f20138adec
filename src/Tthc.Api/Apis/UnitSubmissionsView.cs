namespace Tthc.Api.Apis;

/// <summary>The body of <c>GET /api/units/{unitCode}/submissions</c>.</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Submissions">Its submissions, newest upload first.</param>
public sealed record UnitSubmissionsView(string Unit, IReadOnlyList<SubmissionSummary> Submissions);
