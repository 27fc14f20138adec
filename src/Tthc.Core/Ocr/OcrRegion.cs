namespace Tthc.Core.Ocr;

/// <summary>A rectangle on a page as fractions of its width and height (0–1), so a viewer can mark it at any scale.</summary>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public sealed record OcrRegion(double Left, double Top, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => Left + Width;

    /// <summary>The region of a pixel rectangle on a page of <paramref name="pageWidth"/> × <paramref name="pageHeight"/>.</summary>
    public static OcrRegion FromPixels(double left, double top, double width, double height, double pageWidth, double pageHeight)
        => new(left / pageWidth, top / pageHeight, width / pageWidth, height / pageHeight);
}
