namespace Tthc.Core.Extraction;

/// <summary>A reader that may wait on an outside engine (OCR of scanned PDF pages) while reading a file.</summary>
public interface IAsyncReportReader : IReportReader
{
    /// <summary>Reads the file, waiting on the engine where a page needs it.</summary>
    /// <exception cref="InputFormatException">The file is not a report at all.</exception>
    /// <exception cref="Ocr.OcrUnavailableException">A page needs OCR and no engine can run here.</exception>
    Task<ParsedReport> ReadAsync(ReportFile file, CancellationToken cancellationToken = default);
}
