namespace Tthc.Api.Apis;

/// <summary>The 202 body of an upload.</summary>
/// <param name="SubmissionId">The submission to poll.</param>
/// <param name="Duplicate">True when the unit had already sent these exact bytes.</param>
public sealed record UploadAccepted(string SubmissionId, bool Duplicate);
