namespace Tthc.Core.Extraction;

/// <summary>A report file as uploaded: its name and bytes.</summary>
/// <param name="FileName">The file name as uploaded (used for messages and as a format hint).</param>
/// <param name="Content">The bytes.</param>
public sealed record ReportFile(string FileName, ReadOnlyMemory<byte> Content)
{
    /// <summary>The lower-case extension without the dot, or empty.</summary>
    public string Extension => Path.GetExtension(FileName).TrimStart('.').ToLowerInvariant();
}
