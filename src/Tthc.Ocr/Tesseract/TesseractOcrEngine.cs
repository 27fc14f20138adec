using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tthc.Core.Ocr;

namespace Tthc.Ocr.Tesseract;

/// <summary>
/// Tesseract 5 as a local program: <c>tesseract stdin stdout -l vie --psm 6 tsv</c>, one run per page, lines and word
/// confidences from its TSV output. One thread per run (<c>OMP_THREAD_LIMIT=1</c>): pages of several files run side
/// by side instead of fighting over the cores.
/// </summary>
public sealed partial class TesseractOcrEngine(IOptions<OcrOptions> options, OcrStatistics statistics, ILogger<TesseractOcrEngine> logger) : IOcrEngine
{
    /// <summary>What to install on Debian/Ubuntu for the local engine.</summary>
    public const string InstallHint = "apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils";

    private static readonly Dictionary<string, string> Environment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <inheritdoc />
    public string Name => "tesseract";

    /// <inheritdoc />
    public async Task<OcrEngineStatus> CheckAsync(CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        ProgramRun version, languages;
        try
        {
            version = await ExternalProgram.RunAsync(o.TesseractPath, ["--version"], ReadOnlyMemory<byte>.Empty, Environment, cancellationToken);
            languages = await ExternalProgram.RunAsync(o.TesseractPath, ["--list-langs"], ReadOnlyMemory<byte>.Empty, Environment, cancellationToken);
        }
        catch (Win32Exception)
        {
            return OcrEngineStatus.Missing($"không tìm thấy chương trình '{o.TesseractPath}'; cài đặt / '{o.TesseractPath}' is not installed; install it: {InstallHint}");
        }

        var listed = Encoding.UTF8.GetString(languages.Output).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!listed.Contains(o.Language, StringComparer.Ordinal))
        {
            return OcrEngineStatus.Missing($"tesseract thiếu ngôn ngữ '{o.Language}'; cài đặt / tesseract lacks the '{o.Language}' language; install it: {InstallHint}");
        }

        var first = (Encoding.UTF8.GetString(version.Output) + version.Errors).Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Length > 0) ?? "tesseract";
        return OcrEngineStatus.Ready($"{first}, ngôn ngữ / language {o.Language}");
    }

    /// <inheritdoc />
    public async Task<OcrPage> RecognizeAsync(PageImage image, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        ProgramRun run;
        try
        {
            run = await ExternalProgram.RunAsync(
                o.TesseractPath,
                ["stdin", "stdout", "-l", o.Language, "--psm", o.PageSegmentation.ToString(CultureInfo.InvariantCulture), "tsv"],
                image.Content,
                Environment,
                cancellationToken);
        }
        catch (Win32Exception ex)
        {
            throw new OcrUnavailableException($"không tìm thấy chương trình nhận dạng '{o.TesseractPath}' / the OCR program '{o.TesseractPath}' is not installed; {InstallHint}", ex);
        }

        if (run.ExitCode != 0)
        {
            if (run.Errors.Contains("Failed loading language", StringComparison.Ordinal) || run.Errors.Contains("Error opening data file", StringComparison.Ordinal))
            {
                throw new OcrUnavailableException($"tesseract thiếu ngôn ngữ '{o.Language}' / tesseract lacks the '{o.Language}' language; {InstallHint}");
            }

            throw new InvalidOperationException($"tesseract exited with {run.ExitCode} on page {image.PageNumber}: {run.Errors.Trim()}");
        }

        statistics.Recognized(run);
        var page = TesseractTsv.Parse(image.PageNumber, image.Width, image.Height, Encoding.UTF8.GetString(run.Output));
        LogPage(image.PageNumber, page.Lines.Count, run.Elapsed.TotalMilliseconds);
        return page;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Tesseract read page {Page}: {Lines} lines in {Milliseconds} ms")]
    private partial void LogPage(int page, int lines, double milliseconds);
}
