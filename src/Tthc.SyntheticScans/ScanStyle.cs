namespace Tthc.SyntheticScans;

/// <summary>How a synthetic scan looks.</summary>
/// <param name="Dpi">Resolution of the page images.</param>
/// <param name="RotationDegrees">Skew of each page (alternating sign page to page), as a sheet laid askew on the scanner.</param>
/// <param name="Noise">Share of pixels turned to specks (0–1).</param>
/// <param name="Stamp">Whether the last page carries a red round stamp and a signature.</param>
/// <param name="Seed">Seed of the noise, so a scan is reproducible.</param>
/// <param name="FontSize">Body text size in points.</param>
/// <param name="JpegQuality">JPEG quality of the page images inside the PDF (scanners write JPEG).</param>
public sealed record ScanStyle(
    int Dpi = 300,
    double RotationDegrees = 0.6,
    double Noise = 0.004,
    bool Stamp = true,
    int Seed = 1,
    float FontSize = 11,
    int JpegQuality = 80)
{
    /// <summary>A clean, straight scan (for tests of the pipeline rather than of OCR's robustness).</summary>
    public static ScanStyle Clean { get; } = new(RotationDegrees: 0, Noise: 0, Stamp: false);
}
