namespace Tthc.Pipeline.Ports;

/// <summary>What replacing a unit's rows did.</summary>
/// <param name="Written">True when the rows are now this submission's.</param>
/// <param name="PreviousSubmissionId">The submission whose rows were replaced (when written), or the newer one that already holds the rows (when not).</param>
public sealed record ReplaceOutcome(bool Written, string? PreviousSubmissionId);
