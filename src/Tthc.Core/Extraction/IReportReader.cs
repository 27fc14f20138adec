namespace Tthc.Core.Extraction;

/// <summary>Reads one file format into a <see cref="ParsedReport"/>. One implementation per format.</summary>
public interface IReportReader
{
    /// <summary>The format name put in the parse result (<c>text</c>, <c>docx</c>, <c>pdf</c>, <c>xlsx</c>, <c>csv</c>, <c>json</c>).</summary>
    string Format { get; }

    /// <summary>Whether the content looks like this format (by content first, the extension only as a hint).</summary>
    bool CanRead(ReportFile file);

    /// <summary>Reads the file. Throws <see cref="InputFormatException"/> when it is not a report at all.</summary>
    ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default);
}
