using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.SyntheticScans;
using Tthc.Testing;

namespace Tthc.Ocr.Tests;

/// <summary>The shared samples (<c>reports/</c>) drawn as scans and read back by Tesseract (see <see cref="CorpusScan"/>).</summary>
public sealed class SampleReportScanTests(ITestOutputHelper output)
{
    [Fact]
    public Task ParseAsync_SampleReportsDrawnAsScans_ReadTheTextVersionsValues() => CorpusScan.RunAsync("reports", output);
}

/// <summary>The wild corpus (<c>wild/</c>) drawn as scans and read back by Tesseract (see <see cref="CorpusScan"/>); a class of its own so it runs beside the samples.</summary>
public sealed class WildCorpusScanTests(ITestOutputHelper output)
{
    [Fact]
    public Task ParseAsync_WildCorpusDrawnAsScans_ReadTheTextVersionsValues() => CorpusScan.RunAsync("wild", output);
}

/// <summary>
/// A corpus folder drawn as scans (skewed, specked, stamped, image-only PDFs) and read back by Tesseract: at least
/// 95% of the values read from the text are read from the scan, and none that the text lacks.
/// </summary>
internal static class CorpusScan
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalogFile.ReadBuiltIn();

    public static async Task RunAsync(string folder, ITestOutputHelper output)
    {
        LocalOcr.Require();
        var path = RepositoryFolders.RequireSharedSamples(folder);
        var files = Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToList();
        var parser = LocalOcr.Parser(Catalog);
        var clock = Stopwatch.StartNew();

        // Two files at a time: Tesseract runs one thread per page (OMP_THREAD_LIMIT=1).
        var results = new ScanRecall[files.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = TestContext.Current.CancellationToken },
            async (i, ct) => results[i] = await ReadBackAsync(parser, files[i], seed: i + 1, ct));

        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
        }

        var values = results.Sum(r => r.TextValues);
        var recalled = results.Sum(r => r.Recalled);
        var pages = results.Sum(r => r.Pages);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: {recalled}/{values} values ({100.0 * recalled / Math.Max(values, 1):F1}%), {results.Sum(r => r.Extra.Count)} extra, {pages} pages in {clock.Elapsed.TotalSeconds:F0} s"));
        Assert.True(values > 0, "the text versions give values");
        Assert.True(recalled * 100 >= values * 95, $"{recalled}/{values} values read back from the scans (at least 95% needed)");
        Assert.Empty(results.SelectMany(r => r.Extra.Select(e => $"{r.File}: {e}")));
    }

    private static async Task<ScanRecall> ReadBackAsync(ReportParser parser, string file, int seed, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var name = Path.GetFileNameWithoutExtension(file);
        var text = parser.Parse(new ReportFile(name + ".txt", bytes), cancellationToken);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        using var renderer = new ScanRenderer(new ScanStyle(Seed: seed));
        var pdf = renderer.RenderPdf(lines);
        var scan = await parser.ParseAsync(new ReportFile(name + ".pdf", pdf), cancellationToken);
        Assert.Equal(PdfReportReader.OcrFormat, scan.Format);
        return ScanRecall.Compare(name, renderer.PageCount(lines), text, scan);
    }
}
