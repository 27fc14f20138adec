namespace Tthc.Api.Apis;

/// <summary>The review state of a submission's values: <c>{"pending": n, "threshold": 0.9}</c>.</summary>
/// <param name="Pending">Values read with a confidence below the threshold, awaiting a person's confirmation.</param>
/// <param name="Threshold">Confidence from which a value is taken without review.</param>
public sealed record SubmissionReview(int Pending, double Threshold);
