using Tthc.Core.Review;

namespace Tthc.Api.Apis;

/// <summary>The body of <c>POST /api/submissions/{submissionId}/review</c>.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Action">confirm or correct.</param>
/// <param name="Value">The person's figure, when correcting.</param>
public sealed record ReviewRequest(string? Code, ReviewAction? Action, decimal? Value);
