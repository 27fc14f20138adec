using Tthc.Core.Extraction.Canonical;
using Tthc.Core.Indicators;

namespace Tthc.Core.Extraction;

/// <summary>Detects a file's format from its content and hands it to the reader for that format.</summary>
public sealed class ReportParser
{
    private readonly IReadOnlyList<IReportReader> readers;

    /// <summary>Creates a parser over readers, asked in order.</summary>
    public ReportParser(IEnumerable<IReportReader> readers)
        : this(readers, ExtractionLimits.Default)
    {
    }

    /// <summary>Creates a parser over readers, asked in order, that refuses files beyond <paramref name="limits"/>.</summary>
    public ReportParser(IEnumerable<IReportReader> readers, ExtractionLimits limits)
    {
        this.readers = [.. readers];
        Limits = limits;
    }

    /// <summary>The input limits the parser enforces.</summary>
    public ExtractionLimits Limits { get; }

    /// <summary>A parser with every reader the system has.</summary>
    public static ReportParser CreateDefault(IndicatorCatalog catalog) => CreateDefault(catalog, ExtractionLimits.Default);

    /// <summary>A parser with every reader the system has, within <paramref name="limits"/>; scanned PDF pages need OCR it does not have.</summary>
    public static ReportParser CreateDefault(IndicatorCatalog catalog, ExtractionLimits limits)
        => CreateDefault(catalog, limits, new ScannedPageReader(limits));

    /// <summary>A parser with every reader the system has, within <paramref name="limits"/>, reading PDF pages with <paramref name="pages"/> (OCR for scans).</summary>
    public static ReportParser CreateDefault(IndicatorCatalog catalog, ExtractionLimits limits, ScannedPageReader pages)
    {
        return new ReportParser(
            [
                new CanonicalCsvReader(catalog),
                new CanonicalJsonReader(catalog),
                new DocxReportReader(catalog, limits),
                new XlsxReportReader(catalog, limits),
                new PdfReportReader(catalog, limits, pages),
                new TextReportReader(catalog, limits),
            ],
            limits);
    }

    /// <summary>The formats the parser reads.</summary>
    public IEnumerable<string> Formats => readers.Select(r => r.Format);

    /// <summary>Parses a file; throws <see cref="InputFormatException"/> when no reader can read it as a report.</summary>
    public ParsedReport Parse(ReportFile file, CancellationToken cancellationToken = default)
        => ReaderFor(file, cancellationToken).Read(file, cancellationToken);

    /// <summary>
    /// Parses a file, waiting on OCR for scanned PDF pages; throws <see cref="InputFormatException"/> when no reader can
    /// read it as a report and <see cref="Ocr.OcrUnavailableException"/> when a page needs OCR that cannot run here.
    /// </summary>
    public async Task<ParsedReport> ParseAsync(ReportFile file, CancellationToken cancellationToken = default)
    {
        var reader = ReaderFor(file, cancellationToken);
        return reader is IAsyncReportReader waiting
            ? await waiting.ReadAsync(file, cancellationToken)
            : reader.Read(file, cancellationToken);
    }

    private IReportReader ReaderFor(ReportFile file, CancellationToken cancellationToken)
    {
        if (file.Content.IsEmpty)
        {
            throw new InputFormatException(file.FileName, null, "tệp rỗng / the file is empty.");
        }

        if (file.Content.Length > Limits.MaxFileBytes)
        {
            throw new InputFormatException(file.FileName, null, $"tệp quá lớn ({file.Content.Length / (1024 * 1024)} MB, tối đa {Limits.MaxFileBytes / (1024 * 1024)} MB) / the file is too large.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return readers.FirstOrDefault(r => r.CanRead(file))
            ?? throw new InputFormatException(file.FileName, null, $"không nhận ra định dạng báo cáo / not a report in a supported format ({string.Join(", ", Formats)}).");
    }
}
