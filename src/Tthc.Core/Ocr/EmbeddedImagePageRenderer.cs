using UglyToad.PdfPig;

namespace Tthc.Core.Ocr;

/// <summary>
/// "Renders" a scanned page by taking the scan out of the PDF: the page's largest image, as the JPEG it is stored as
/// (a scanner's usual output) or else decoded to PNG. Needs no program, so it runs where nothing can be installed
/// (Azure Functions Flex Consumption, feeding Document Intelligence). The resolution is the scan's own.
/// </summary>
public sealed class EmbeddedImagePageRenderer : IPageRenderer
{
    /// <inheritdoc />
    public string Name => "embedded-image";

    /// <inheritdoc />
    public Task<PageImage> RenderAsync(ReadOnlyMemory<byte> pdf, int pageNumber, int dpi, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var document = PdfDocument.Open(pdf.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var page = document.GetPage(pageNumber);
        var image = page.GetImages().Where(i => !i.IsImageMask).MaxBy(i => (long)i.WidthInSamples * i.HeightInSamples)
            ?? throw new InputFormatException("(pdf)", null, $"trang {pageNumber} không có chữ cũng không có ảnh quét / page {pageNumber} has neither text nor a scanned image.");
        var raw = image.RawMemory;
        if (raw.Length > 2 && raw.Span[0] == 0xFF && raw.Span[1] == 0xD8)
        {
            return Task.FromResult(new PageImage(pageNumber, raw.ToArray(), "image/jpeg", image.WidthInSamples, image.HeightInSamples));
        }

        return image.TryGetPng(out var png)
            ? Task.FromResult(new PageImage(pageNumber, png, "image/png", image.WidthInSamples, image.HeightInSamples))
            : throw new InputFormatException("(pdf)", null, $"ảnh quét ở trang {pageNumber} có định dạng không đọc được / the scan on page {pageNumber} is stored in a format that cannot be decoded.");
    }
}
