using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Tthc.Core.Ocr;

namespace Tthc.Ocr.Tesseract;

/// <summary>
/// Renders a PDF page with poppler's <c>pdftoppm</c>: the PDF on standard input, one grey-scale page (PGM) on standard
/// output — no temporary files. Tesseract reads PGM directly.
/// </summary>
public sealed class PdftoppmPageRenderer(IOptions<OcrOptions> options, OcrStatistics statistics) : IPageRenderer
{
    /// <inheritdoc />
    public string Name => "pdftoppm";

    /// <summary>Whether pdftoppm runs here.</summary>
    public async Task<OcrEngineStatus> CheckAsync(CancellationToken cancellationToken = default)
    {
        var path = options.Value.PdftoppmPath;
        try
        {
            var run = await ExternalProgram.RunAsync(path, ["-v"], ReadOnlyMemory<byte>.Empty, null, cancellationToken);
            var first = (run.Errors + Encoding.UTF8.GetString(run.Output)).Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Length > 0) ?? path;
            return OcrEngineStatus.Ready(first);
        }
        catch (Win32Exception)
        {
            return OcrEngineStatus.Missing($"không tìm thấy '{path}' (vẽ trang PDF) / '{path}' (renders PDF pages) is not installed; install it: {TesseractOcrEngine.InstallHint}");
        }
    }

    /// <inheritdoc />
    public async Task<PageImage> RenderAsync(ReadOnlyMemory<byte> pdf, int pageNumber, int dpi, CancellationToken cancellationToken = default)
    {
        var path = options.Value.PdftoppmPath;
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        ProgramRun run;
        try
        {
            run = await ExternalProgram.RunAsync(path, ["-f", page, "-l", page, "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile", "-"], pdf, null, cancellationToken);
        }
        catch (Win32Exception ex)
        {
            throw new OcrUnavailableException($"không tìm thấy '{path}' để vẽ trang PDF / '{path}' is not installed to render PDF pages; {TesseractOcrEngine.InstallHint}", ex);
        }

        if (run.ExitCode != 0 || run.Output.Length == 0)
        {
            throw new InvalidOperationException($"pdftoppm exited with {run.ExitCode} on page {pageNumber}: {run.Errors.Trim()}");
        }

        statistics.Rendered(run);
        var (width, height) = PortableGraymap.Size(run.Output);
        return new PageImage(pageNumber, run.Output, "image/x-portable-graymap", width, height);
    }
}
