namespace Tthc.Core.Ocr;

/// <summary>Turns one page of a PDF into an image for OCR (local: <c>pdftoppm</c>; anywhere: the page's embedded scan).</summary>
public interface IPageRenderer
{
    /// <summary>Short name for people and logs.</summary>
    string Name { get; }

    /// <summary>Renders page <paramref name="pageNumber"/> (1-based) of <paramref name="pdf"/> at <paramref name="dpi"/> dots per inch.</summary>
    /// <exception cref="OcrUnavailableException">The renderer is not installed here.</exception>
    Task<PageImage> RenderAsync(ReadOnlyMemory<byte> pdf, int pageNumber, int dpi, CancellationToken cancellationToken = default);
}
