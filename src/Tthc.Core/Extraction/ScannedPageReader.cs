using Tthc.Core.Ocr;
using Tthc.Core.Validation;
using UglyToad.PdfPig;

namespace Tthc.Core.Extraction;

/// <summary>
/// Reads a PDF page by page: a page with a text layer through PdfPig, a page without one (a scan) rendered to an
/// image and read by the OCR engine, so mixed PDFs read whole. Lines keep their page and their number within it
/// (evidence "trang 2, dòng 14"). Bounded by <see cref="ScanLimits"/>: pages sent to OCR, pages read at a time, pixels
/// per page and time per page (a page over time is read once more at a lower resolution), all cancellable.
/// </summary>
public sealed class ScannedPageReader
{
    private readonly IOcrEngine? engine;
    private readonly IPageRenderer? renderer;
    private readonly ExtractionLimits limits;

    /// <summary>Creates a reader without OCR: a page without text makes it throw <see cref="OcrUnavailableException"/>.</summary>
    public ScannedPageReader(ExtractionLimits limits)
    {
        this.limits = limits;
        ScanLimits = ScanLimits.Default;
    }

    /// <summary>Creates a reader that sends scanned pages through <paramref name="renderer"/> to <paramref name="engine"/>.</summary>
    public ScannedPageReader(IOcrEngine engine, IPageRenderer renderer, ScanLimits scanLimits, ExtractionLimits limits)
    {
        this.engine = engine;
        this.renderer = renderer;
        this.limits = limits;
        ScanLimits = scanLimits;
    }

    /// <summary>The bounds on scanned pages.</summary>
    public ScanLimits ScanLimits { get; }

    /// <summary>Whether scanned pages can be read at all (an engine is configured; it may still be missing at run time).</summary>
    public bool HasOcr => engine is not null;

    /// <summary>Reads the text layer of every page; throws <see cref="OcrUnavailableException"/> when a page has none.</summary>
    public PdfReading Read(ReportFile file, CancellationToken cancellationToken = default)
    {
        var pages = Open(file, cancellationToken);
        if (pages.Scans.Count > 0)
        {
            throw NoEngine(file, pages.Scans);
        }

        return new PdfReading(pages.Lines(), 0, pages.Findings);
    }

    /// <summary>Reads every page: the text layer where there is one, OCR where there is none.</summary>
    public async Task<PdfReading> ReadAsync(ReportFile file, CancellationToken cancellationToken = default)
    {
        var pages = Open(file, cancellationToken);
        if (pages.Scans.Count == 0)
        {
            return new PdfReading(pages.Lines(), 0, pages.Findings);
        }

        if (engine is null || renderer is null)
        {
            throw NoEngine(file, pages.Scans);
        }

        var scans = pages.Scans;
        if (scans.Count > ScanLimits.MaxPages)
        {
            pages.Findings.Add(Finding.Warning("extraction.limits", $"chỉ nhận dạng {ScanLimits.MaxPages}/{scans.Count} trang quét đầu / only the first {ScanLimits.MaxPages} of {scans.Count} scanned pages were read by OCR."));
            scans = [.. scans.Take(ScanLimits.MaxPages)];
        }

        // Pages are read side by side up to the bound (the engine runs one thread per page), in page order in the result.
        var read = new List<SourceLine>[scans.Count];
        var retried = new bool[scans.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, scans.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, ScanLimits.ParallelPages), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var (page, lower) = await RecognizeAsync(file, scans[i], ct);
                read[i] = OcrPageLines.Read(page, limits.MaxLineChars);
                retried[i] = lower;
            });
        for (var i = 0; i < scans.Count; i++)
        {
            pages.Text[scans[i].Number] = read[i];
            if (retried[i])
            {
                pages.Findings.Add(Finding.Warning("extraction.limits", $"trang {scans[i].Number} được đọc lại ở độ phân giải thấp hơn vì quá {ScanLimits.PageTimeout.TotalSeconds:0} giây / page {scans[i].Number} was read again at a lower resolution after taking longer than {ScanLimits.PageTimeout.TotalSeconds:0} s."));
            }
        }

        return new PdfReading(pages.Lines(), scans.Count, pages.Findings);
    }

    /// <summary>
    /// Renders and reads one page within <see cref="ScanLimits.PageTimeout"/>; a page that takes longer is read once
    /// more at two thirds of the resolution (less than half the pixels) before it is given up. Also returns whether it was.
    /// </summary>
    private async Task<(OcrPage Page, bool Lower)> RecognizeAsync(ReportFile file, ScannedPage scan, CancellationToken cancellationToken)
    {
        var dpi = DpiFor(scan);
        if (await TryRecognizeAsync(file, scan, dpi, cancellationToken) is { } page)
        {
            return (page, false);
        }

        return await TryRecognizeAsync(file, scan, Math.Max(72, dpi * 2 / 3), cancellationToken) is { } again
            ? (again, true)
            : throw new InputFormatException(file.FileName, null, $"nhận dạng trang {scan.Number} quá {ScanLimits.PageTimeout.TotalSeconds:0} giây, cả khi đọc lại ở độ phân giải thấp hơn / OCR of page {scan.Number} took longer than {ScanLimits.PageTimeout.TotalSeconds:0} s, also at a lower resolution.");
    }

    /// <summary>The page read at <paramref name="dpi"/>, or null when that took longer than the page timeout.</summary>
    private async Task<OcrPage?> TryRecognizeAsync(ReportFile file, ScannedPage scan, int dpi, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ScanLimits.PageTimeout);
        try
        {
            var image = await renderer!.RenderAsync(file.Content, scan.Number, dpi, timeout.Token);
            if (image.Pixels > ScanLimits.MaxPixelsPerPage)
            {
                throw new InputFormatException(file.FileName, null, $"trang {scan.Number} quá lớn ({image.Width}×{image.Height} điểm ảnh, tối đa {ScanLimits.MaxPixelsPerPage}) / page {scan.Number} is too large to read.");
            }

            return await engine!.RecognizeAsync(image, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The resolution that keeps the page within the pixel bound (the configured one when it fits).</summary>
    private int DpiFor(ScannedPage scan)
    {
        var inches = (scan.WidthPoints / 72.0) * (scan.HeightPoints / 72.0);
        var pixels = inches * ScanLimits.Dpi * ScanLimits.Dpi;
        return pixels <= ScanLimits.MaxPixelsPerPage || inches <= 0
            ? ScanLimits.Dpi
            : Math.Max(36, (int)Math.Floor(Math.Sqrt(ScanLimits.MaxPixelsPerPage / inches)));
    }

    private static OcrUnavailableException NoEngine(ReportFile file, IReadOnlyList<ScannedPage> scans)
    {
        var which = string.Join(", ", scans.Take(5).Select(s => s.Number)) + (scans.Count > 5 ? ", …" : string.Empty);
        return new OcrUnavailableException(
            $"{file.FileName}: trang {which} là bản quét (không có lớp chữ), cần nhận dạng ký tự (OCR) nhưng chưa có bộ OCR / page(s) {which} are scans with no text layer and need OCR, which is not available here.");
    }

    private PdfPages Open(ReportFile file, CancellationToken cancellationToken)
    {
        var result = new PdfPages();
        try
        {
            using var document = PdfDocument.Open(file.Content.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var count = Math.Min(document.NumberOfPages, limits.MaxPdfPages);
            if (document.NumberOfPages > count)
            {
                result.Findings.Add(Finding.Warning("extraction.limits", $"chỉ đọc {count}/{document.NumberOfPages} trang đầu / only the first {count} pages were read."));
            }

            var lines = 0;
            for (var p = 1; p <= count && lines <= limits.MaxLines; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(p);
                var text = PdfPageText.FromTextLayer(page);
                if (text.Count == 0)
                {
                    result.Scans.Add(new ScannedPage(p, page.Width, page.Height));
                }

                result.Text[p] = text;
                lines += text.Count;
            }
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or InputFormatException or OutOfMemoryException))
        {
            // PdfPig reports malformed files with many exception types of its own; all mean "not a readable PDF".
            throw new InputFormatException(file.FileName, null, $"không đọc được tệp PDF / not a readable PDF ({ex.GetType().Name}: {ex.Message}).");
        }

        if (result.Text.Count == 0)
        {
            throw new InputFormatException(file.FileName, null, "tệp PDF không có trang nào / the PDF has no pages.");
        }

        return result;
    }

    private sealed record ScannedPage(int Number, double WidthPoints, double HeightPoints);

    private sealed class PdfPages
    {
        public SortedDictionary<int, List<SourceLine>> Text { get; } = [];

        public List<ScannedPage> Scans { get; } = [];

        public List<Finding> Findings { get; } = [];

        public IReadOnlyList<SourceLine> Lines() => [.. Text.Values.SelectMany(l => l)];
    }
}
