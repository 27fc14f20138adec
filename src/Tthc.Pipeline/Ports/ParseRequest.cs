namespace Tthc.Pipeline.Ports;

/// <summary>The message on the <c>parse-requests</c> queue.</summary>
/// <param name="SubmissionId">The submission to process.</param>
public sealed record ParseRequest(string SubmissionId);
