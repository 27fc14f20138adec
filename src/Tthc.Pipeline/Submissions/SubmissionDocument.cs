using Tthc.Core.Extraction;

namespace Tthc.Pipeline.Submissions;

/// <summary>A submission's file as lines, numbered as its values' evidence numbers them, and the figures the reader set aside.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="FileName">File name as uploaded.</param>
/// <param name="Lines">The lines the reader saw (empty when the file could not be read).</param>
/// <param name="NotValues">The numbers it saw and set aside, each with its line and why.</param>
public sealed record SubmissionDocument(string SubmissionId, string FileName, IReadOnlyList<SourceLine> Lines, IReadOnlyList<NotValue> NotValues);
