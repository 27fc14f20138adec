namespace Tthc.Ocr;

/// <summary>How a run of a local program went.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">Its standard output.</param>
/// <param name="Errors">Its standard error.</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="PeakMemoryBytes">Highest resident memory seen while it ran.</param>
internal sealed record ProgramRun(int ExitCode, byte[] Output, string Errors, TimeSpan Elapsed, long PeakMemoryBytes);
