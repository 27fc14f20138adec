using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tthc.Cli.Demo;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Ocr;
using Tthc.SyntheticScans;

namespace Tthc.Cli.Commands;

/// <summary>
/// <c>tthc bench --scenario ocr [--folder DIR]</c>: draws reports as scans (skewed, specked, stamped), reads them back
/// through the PDF reader with the local OCR engine, one page at a time, and prints seconds per page, the peak memory
/// of tesseract, pdftoppm and this process, and how many of the text version's values the scan gave. DIR holds report
/// texts (*.txt, e.g. ../shared/samples/reports); without it, synthetic narrative reports.
/// </summary>
internal static class OcrBenchmark
{
    public static async Task<int> RunAsync(string? folder, int reports, CancellationToken cancellationToken)
    {
        await using var services = OfflineServices.Create();
        var missing = (await DoctorCommand.CheckAsync(services, cancellationToken)).Where(c => !c.Status.Available).ToList();
        if (missing.Count > 0)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, missing.Select(m => $"{m.Part}: {m.Status.Description}")));
            return ExitCodes.Failure;
        }

        var catalog = IndicatorCatalogFile.ReadBuiltIn();
        var statistics = services.GetRequiredService<OcrStatistics>();
        var parser = ReportParser.CreateDefault(catalog, ExtractionLimits.Default, services.GetRequiredService<ScannedPageReader>());
        var texts = folder is null ? Synthetic(reports) : Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();
        Console.Out.WriteLine($"OCR benchmark: {texts.Count} reports drawn as scans (300 dpi, skew, specks, stamp), read back one page at a time with {services.GetRequiredService<Core.Ocr.IOcrEngine>().Name}…");

        var pages = 0;
        int values = 0, recalled = 0, extra = 0;
        var reading = TimeSpan.Zero;
        var drawing = TimeSpan.Zero;
        var seed = 0;
        foreach (var (name, text) in texts)
        {
            var lines = text.Split('\n');
            var clock = Stopwatch.StartNew();
            using var renderer = new ScanRenderer(new ScanStyle(Seed: ++seed));
            var pdf = renderer.RenderPdf(lines);
            drawing += clock.Elapsed;
            clock.Restart();
            var scan = await parser.ParseAsync(new ReportFile(name + ".pdf", pdf), cancellationToken);
            reading += clock.Elapsed;
            var plain = parser.Parse(new ReportFile(name + ".txt", Encoding.UTF8.GetBytes(text)), cancellationToken);
            var fromText = plain.Indicators.Where(v => !v.Derived).ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);
            var fromScan = scan.Indicators.Where(v => !v.Derived).ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);
            var same = fromText.Count(t => fromScan.TryGetValue(t.Key, out var s) && s == t.Value);
            var more = fromScan.Keys.Count(k => !fromText.ContainsKey(k));
            var count = renderer.PageCount(lines);
            pages += count;
            values += fromText.Count;
            recalled += same;
            extra += more;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {count} page(s), {clock.Elapsed.TotalSeconds:F1} s, values {same}/{fromText.Count} of the text version, {more} extra"));
        }

        const double MiB = 1024 * 1024;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages: {pages}; reading (render + OCR + parse): {reading.TotalSeconds / Math.Max(pages, 1):F2} s/page ({reading.TotalSeconds:F1} s); drawing the scans: {drawing.TotalSeconds / Math.Max(pages, 1):F2} s/page"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which tesseract {statistics.RecognizeTime.TotalSeconds / Math.Max(statistics.Pages, 1):F2} s/page, pdftoppm {statistics.RenderTime.TotalSeconds / Math.Max(statistics.Pages, 1):F2} s/page"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory: tesseract {statistics.PeakEngineBytes / MiB:F0} MiB, pdftoppm {statistics.PeakRendererBytes / MiB:F0} MiB, tthc {Process.GetCurrentProcess().PeakWorkingSet64 / MiB:F0} MiB"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"values read back: {recalled}/{values} ({100.0 * recalled / Math.Max(values, 1):F1}%), extra: {extra}"));
        return recalled * 100 >= values * 95 && extra == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static List<(string Name, string Text)> Synthetic(int count)
    {
        var random = new Random(15);
        return [.. Enumerable.Range(1, count).Select(i => ($"xa-gia-lap-{i:D2}", string.Join('\n', SyntheticReports.Narrative($"Xã Thử Nghiệm {i} (giả lập)", "tỉnh Hà Tĩnh", 3, 2026, SyntheticReports.Figures(random)))))];
    }
}
