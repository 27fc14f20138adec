namespace Tthc.Core.Ocr;

/// <summary>
/// The OCR port: one page image in, its text lines with confidence out. Adapters: Tesseract (local, <c>Tthc.Ocr</c>)
/// and Azure AI Document Intelligence's Read model (in Azure). An engine that cannot run here throws
/// <see cref="OcrUnavailableException"/>; the submission then waits as <c>needs-ocr</c>.
/// </summary>
public interface IOcrEngine
{
    /// <summary>Short name for people and logs (<c>tesseract</c>, <c>document-intelligence</c>).</summary>
    string Name { get; }

    /// <summary>Whether the engine can run here and, when not, what to install or configure.</summary>
    Task<OcrEngineStatus> CheckAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the lines of one page image, top to bottom.</summary>
    /// <exception cref="OcrUnavailableException">The engine is not installed or not configured.</exception>
    Task<OcrPage> RecognizeAsync(PageImage image, CancellationToken cancellationToken = default);
}
