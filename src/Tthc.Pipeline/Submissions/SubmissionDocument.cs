using Tthc.Core.Extraction;

namespace Tthc.Pipeline.Submissions;

/// <summary>A submission's file as lines, numbered as its values' evidence numbers them, and the figures the reader set aside.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="FileName">File name as uploaded.</param>
/// <param name="Lines">The lines the reader saw (empty when the file could not be read).</param>
/// <param name="NotValues">The numbers it saw and set aside, each with its line and why.</param>
public sealed record SubmissionDocument(string SubmissionId, string FileName, IReadOnlyList<SourceLine> Lines, IReadOnlyList<NotValue> NotValues)
{
    /// <summary>The longest text (in characters, over all lines) stored as a submission's lines; a longer one is read again on each call.</summary>
    public const long MaxStoredChars = 4 * 1024 * 1024;

    /// <summary>The document of a parsed report.</summary>
    public static SubmissionDocument Of(string submissionId, string fileName, ParsedReport report)
        => new(submissionId, fileName, report.Lines, report.NotValues);

    /// <summary>Whether the document is short enough to be stored (<see cref="MaxStoredChars"/>); a method, so the API's JSON does not carry it.</summary>
    public bool FitsStore() => Lines.Sum(l => (long)l.Text.Length) <= MaxStoredChars;
}
