using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Indicators;

namespace Tthc.Core.Extraction;

/// <summary>
/// Reads a PDF through <see cref="ScannedPageReader"/>: pages with a text layer with PdfPig, scanned pages with
/// OCR when an engine is configured. Format <c>pdf</c>, or <c>pdf-ocr</c> when any page was read by OCR. Without
/// an engine a scan throws <see cref="Ocr.OcrUnavailableException"/> (the submission waits as <c>needs-ocr</c>).
/// </summary>
public sealed class PdfReportReader : IAsyncReportReader
{
    /// <summary>The format of a PDF of which some page was read by OCR.</summary>
    public const string OcrFormat = "pdf-ocr";

    private readonly NarrativeExtractor extractor;
    private readonly ScannedPageReader pages;

    /// <summary>Creates a reader without OCR.</summary>
    public PdfReportReader(IndicatorCatalog catalog, ExtractionLimits limits)
        : this(catalog, limits, new ScannedPageReader(limits))
    {
    }

    /// <summary>Creates a reader that reads scanned pages with <paramref name="pages"/>.</summary>
    public PdfReportReader(IndicatorCatalog catalog, ExtractionLimits limits, ScannedPageReader pages)
    {
        extractor = new NarrativeExtractor(catalog, limits);
        this.pages = pages;
    }

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public bool CanRead(ReportFile file)
    {
        var head = file.Content.Span[..Math.Min(file.Content.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    /// <inheritdoc />
    public ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default)
        => Extract(file, pages.Read(file, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public async Task<ParsedReport> ReadAsync(ReportFile file, CancellationToken cancellationToken = default)
        => Extract(file, await pages.ReadAsync(file, cancellationToken), cancellationToken);

    private ParsedReport Extract(ReportFile file, PdfReading reading, CancellationToken cancellationToken)
    {
        if (reading.Lines.All(l => string.IsNullOrWhiteSpace(l.Text)))
        {
            throw new InputFormatException(file.FileName, null, "tệp PDF không có chữ nào đọc được / no text could be read from the PDF.");
        }

        var report = extractor.Extract(file.FileName, reading.OcrPages > 0 ? OcrFormat : Format, reading.Lines, cancellationToken);
        return reading.Findings.Count == 0 ? report : report with { Findings = [.. reading.Findings, .. report.Findings] };
    }
}
