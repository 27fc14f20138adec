namespace Tthc.Pipeline.Rollups;

/// <summary>An exported file.</summary>
/// <param name="FileName">Suggested file name.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="Content">Bytes.</param>
public sealed record ExportedFile(string FileName, string ContentType, byte[] Content);
