namespace Tthc.Pipeline.Ports;

/// <summary>The last failed rebuild of a province-period's rollup, recorded on its partition until a rebuild succeeds.</summary>
/// <param name="Province">Province code.</param>
/// <param name="Period">Period code.</param>
/// <param name="Reason">What went wrong (exception type and message).</param>
/// <param name="FailedAt">When.</param>
public sealed record RollupFailure(string Province, string Period, string Reason, DateTimeOffset FailedAt);
