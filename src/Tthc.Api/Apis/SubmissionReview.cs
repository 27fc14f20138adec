namespace Tthc.Api.Apis;

/// <summary>The review state of a submission's values: <c>{"pending": n, "threshold": 0.9}</c>.</summary>
/// <param name="Pending">Values still awaiting a person's decision under <see cref="Core.Review.ReviewPolicy"/>: read with a
/// confidence below the threshold or named by a warning, and not yet confirmed or corrected.</param>
/// <param name="Threshold">The configured confidence (<c>Review:ConfidenceThreshold</c>) from which a value is taken without review.</param>
public sealed record SubmissionReview(int Pending, double Threshold);
