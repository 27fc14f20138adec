namespace Tthc.Core.Ocr;

/// <summary>
/// Bounds on reading scanned pages: a hostile or huge scan costs at most <see cref="MaxPages"/> × twice
/// <see cref="PageTimeout"/> (a page that times out is read once more at a lower resolution) and
/// <see cref="MaxPixelsPerPage"/> pixels of memory per page, <see cref="ParallelPages"/> pages at a time.
/// </summary>
/// <param name="MaxPages">Most pages of one file sent to OCR; later ones are skipped with a warning.</param>
/// <param name="MaxPixelsPerPage">Largest page image; a bigger page is rendered at a lower resolution.</param>
/// <param name="PageTimeout">Longest time for rendering and reading one page.</param>
/// <param name="Dpi">Resolution pages are rendered at (300 suits Tesseract on 10–14 pt text).</param>
/// <param name="ParallelPages">Pages of one file read at the same time (each holds one page image in memory).</param>
public sealed record ScanLimits(int MaxPages, long MaxPixelsPerPage, TimeSpan PageTimeout, int Dpi, int ParallelPages = 2)
{
    /// <summary>The limits used unless a host sets others: 50 pages, 40 Mpx (A3 at 300 dpi is 17 Mpx), 60 s, 300 dpi, two pages at a time.</summary>
    public static ScanLimits Default { get; } = new(50, 40_000_000, TimeSpan.FromSeconds(60), 300);
}
