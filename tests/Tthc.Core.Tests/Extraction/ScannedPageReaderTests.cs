using Tthc.Core.Extraction;
using Tthc.Core.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Tthc.Core.Tests.Extraction;

/// <summary>
/// How <see cref="ScannedPageReader"/> schedules scanned pages: a bounded number at a time, in page order, and a page over
/// its time read once more at a lower resolution. The renderer and the engine here are the ports' test doubles that
/// report what they were asked (resolution, pages in flight); OCR itself is tested in Tthc.Ocr.Tests.
/// </summary>
public sealed class ScannedPageReaderTests
{
    [Fact]
    public async Task ReadAsync_PageOverItsTime_IsReadAgainAtALowerResolutionWithAWarning()
    {
        var renderer = new RecordingRenderer(slowFromDpi: 300);
        var reader = new ScannedPageReader(new EchoEngine(), renderer, new ScanLimits(50, 40_000_000, TimeSpan.FromMilliseconds(300), 300), ExtractionLimits.Default);

        var reading = await reader.ReadAsync(new ReportFile("scan.pdf", Scan(1)), TestContext.Current.CancellationToken);

        Assert.Equal([300, 200], renderer.Dpis);
        Assert.Equal("trang 1 đọc ở 200 dpi", Assert.Single(reading.Lines, l => l.Text.Length > 0).Text);
        Assert.Contains(reading.Findings, f => f.Message.Contains("độ phân giải thấp hơn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_PageOverItsTimeAlsoAtTheLowerResolution_IsRejectedSayingSo()
    {
        var reader = new ScannedPageReader(new EchoEngine(), new RecordingRenderer(slowFromDpi: 72), new ScanLimits(50, 40_000_000, TimeSpan.FromMilliseconds(200), 300), ExtractionLimits.Default);

        var ex = await Assert.ThrowsAsync<InputFormatException>(() => reader.ReadAsync(new ReportFile("scan.pdf", Scan(1)), TestContext.Current.CancellationToken));

        Assert.Contains("also at a lower resolution", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FivePages_ReadTwoAtATimeAndKeptInPageOrder()
    {
        var renderer = new RecordingRenderer(slowFromDpi: int.MaxValue, waitForCompany: 2);
        var reader = new ScannedPageReader(new EchoEngine(), renderer, ScanLimits.Default with { ParallelPages = 2 }, ExtractionLimits.Default);

        var reading = await reader.ReadAsync(new ReportFile("scan.pdf", Scan(5)), TestContext.Current.CancellationToken);

        Assert.Equal(2, renderer.MostInFlight);
        Assert.Equal([1, 2, 3, 4, 5], reading.Lines.Where(l => l.Text.Length > 0).Select(l => l.Page!.Value));
        Assert.Equal(5, reading.OcrPages);
    }

    /// <summary>A PDF of <paramref name="pages"/> pages with no text layer (a drawn frame only).</summary>
    private static byte[] Scan(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600);
        }

        return builder.Build();
    }

    /// <summary>Renders instantly below <c>slowFromDpi</c> and never at or above it; the first pages wait until <c>waitForCompany</c> are in flight.</summary>
    private sealed class RecordingRenderer(int slowFromDpi, int waitForCompany = 1) : IPageRenderer
    {
        private readonly TaskCompletionSource company = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int inFlight;

        public List<int> Dpis { get; } = [];

        public int MostInFlight { get; private set; }

        public string Name => "recording";

        public async Task<PageImage> RenderAsync(ReadOnlyMemory<byte> pdf, int pageNumber, int dpi, CancellationToken cancellationToken = default)
        {
            lock (Dpis)
            {
                Dpis.Add(dpi);
                MostInFlight = Math.Max(MostInFlight, ++inFlight);
                if (inFlight >= waitForCompany)
                {
                    company.TrySetResult();
                }
            }

            try
            {
                if (dpi >= slowFromDpi)
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                await company.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
                return new PageImage(pageNumber, new byte[] { (byte)dpi }, "image/x-portable-graymap", dpi * 8, dpi * 11);
            }
            finally
            {
                lock (Dpis)
                {
                    inFlight--;
                }
            }
        }
    }

    /// <summary>Reads back which page at which resolution it was given.</summary>
    private sealed class EchoEngine : IOcrEngine
    {
        public string Name => "echo";

        public Task<OcrEngineStatus> CheckAsync(CancellationToken cancellationToken = default) => Task.FromResult(OcrEngineStatus.Ready("echo"));

        public Task<OcrPage> RecognizeAsync(PageImage image, CancellationToken cancellationToken = default)
            => Task.FromResult(new OcrPage(image.PageNumber, image.Width, image.Height, [new OcrLine($"trang {image.PageNumber} đọc ở {image.Width / 8} dpi", 0.95)]));
    }
}
