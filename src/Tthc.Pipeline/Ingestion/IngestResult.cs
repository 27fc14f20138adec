namespace Tthc.Pipeline.Ingestion;

/// <summary>What ingesting an upload did.</summary>
/// <param name="SubmissionId">The submission the bytes are (new or existing).</param>
/// <param name="Duplicate">True when the same unit had already uploaded the same bytes (they are processed again, as the latest upload, when that submission was superseded, rejected or failed).</param>
public sealed record IngestResult(string SubmissionId, bool Duplicate);
