namespace Tthc.Core.Ocr;

/// <summary>What an engine read on one page.</summary>
/// <param name="PageNumber">1-based page of the file.</param>
/// <param name="Width">Width of the page image read, in pixels (regions are fractions of it).</param>
/// <param name="Height">Height of the page image read, in pixels.</param>
/// <param name="Lines">Lines, top to bottom.</param>
public sealed record OcrPage(int PageNumber, int Width, int Height, IReadOnlyList<OcrLine> Lines);
