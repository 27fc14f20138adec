using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Ocr.Tesseract;
using Tthc.SyntheticScans;

namespace Tthc.Ocr.Tests;

/// <summary>
/// The local engine for tests: Tesseract with Vietnamese, pdftoppm and the DejaVu font. When one is missing the
/// test is skipped saying what to install; with <see cref="RequireVariable"/>=1 (CI sets it) it fails instead.
/// </summary>
internal static class LocalOcr
{
    /// <summary>Set to 1 to make a missing engine fail the tests that need it.</summary>
    public const string RequireVariable = "TTHC_REQUIRE_OCR";

    private static readonly Lazy<string?> Missing = new(FindMissing);

    public static OcrStatistics Statistics { get; } = new();

    public static IOptions<OcrOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new OcrOptions());

    public static TesseractOcrEngine Engine { get; } = new(Options, Statistics, NullLogger<TesseractOcrEngine>.Instance);

    public static PdftoppmPageRenderer Renderer { get; } = new(Options, Statistics);

    /// <summary>Skips (or, when required, fails) the test unless the engine, the renderer and the font are here.</summary>
    public static void Require()
    {
        if (Missing.Value is not { } reason)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{reason} {RequireVariable}=1 requires it.");
        }

        Assert.Skip(reason);
    }

    /// <summary>A parser whose PDF reader sends scanned pages to Tesseract.</summary>
    public static ReportParser Parser(IndicatorCatalog catalog)
        => ReportParser.CreateDefault(catalog, ExtractionLimits.Default, new ScannedPageReader(Engine, Renderer, Options.Value.Limits, ExtractionLimits.Default));

    private static string? FindMissing()
    {
        var engine = Engine.CheckAsync().GetAwaiter().GetResult();
        if (!engine.Available)
        {
            return engine.Description;
        }

        var renderer = Renderer.CheckAsync().GetAwaiter().GetResult();
        if (!renderer.Available)
        {
            return renderer.Description;
        }

        return ScanFont.Find() is null ? $"DejaVu Serif is not installed ({ScanFont.InstallHint})." : null;
    }
}
