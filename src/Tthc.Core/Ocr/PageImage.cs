namespace Tthc.Core.Ocr;

/// <summary>One page as an image, ready for OCR.</summary>
/// <param name="PageNumber">1-based page of the file it came from.</param>
/// <param name="Content">The encoded image.</param>
/// <param name="MediaType">Its media type (<c>image/png</c>, <c>image/jpeg</c>).</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record PageImage(int PageNumber, ReadOnlyMemory<byte> Content, string MediaType, int Width, int Height)
{
    /// <summary>Pixels of the page.</summary>
    public long Pixels => (long)Width * Height;
}
