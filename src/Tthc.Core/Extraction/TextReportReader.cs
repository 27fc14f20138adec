using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Indicators;

namespace Tthc.Core.Extraction;

/// <summary>Reads a plain-text report (UTF-8, UTF-16 with BOM or Windows-1258), such as the OCR text of a scanned PDF.</summary>
public sealed class TextReportReader(IndicatorCatalog catalog, ExtractionLimits limits) : IReportReader
{
    private readonly NarrativeExtractor extractor = new(catalog, limits);

    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public bool CanRead(ReportFile file) => ReportText.LooksLikeText(file.Content.Span);

    /// <inheritdoc />
    public ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default)
    {
        var lines = ReportText.DecodeLines(file, limits.MaxLines + 1);
        return extractor.Extract(file.FileName, Format, lines, cancellationToken);
    }
}
