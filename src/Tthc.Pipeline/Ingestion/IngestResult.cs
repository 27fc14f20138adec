namespace Tthc.Pipeline.Ingestion;

/// <summary>What ingesting an upload did.</summary>
/// <param name="SubmissionId">The submission the bytes are (new or existing).</param>
/// <param name="Duplicate">True when the same unit had already uploaded the same bytes.</param>
public sealed record IngestResult(string SubmissionId, bool Duplicate);
