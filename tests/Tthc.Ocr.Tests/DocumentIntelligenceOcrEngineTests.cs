using System.Net;
using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Core.Ocr;
using Tthc.Ocr.DocumentIntelligence;
using Tthc.SyntheticScans;

namespace Tthc.Ocr.Tests;

/// <summary>The Document Intelligence adapter against a loopback server answering with recorded answers of the real API shape.</summary>
public sealed class DocumentIntelligenceOcrEngineTests
{
    private static readonly PageImage Image = new(1, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 }, "image/jpeg", 2480, 3508);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DocumentIntelligenceOcrEngine CreateSut(RecordedDocumentIntelligence service, HttpClient http)
        => new(
            http,
            new StaticToken("test-token"),
            Options.Create(new OcrOptions { Engine = OcrOptions.DocumentIntelligence, DocumentIntelligenceEndpoint = service.Endpoint, PollInterval = TimeSpan.FromMilliseconds(10) }),
            TimeProvider.System,
            NullLogger<DocumentIntelligenceOcrEngine>.Instance);

    [Fact]
    public async Task RecognizeAsync_RunningThenSucceeded_ReadsLinesWithWordConfidenceAndRegions()
    {
        await using var service = new RecordedDocumentIntelligence(HttpStatusCode.Accepted, "read-running.json", "read-succeeded.json");
        using var http = new HttpClient();

        var page = await CreateSut(service, http).RecognizeAsync(Image, Ct);

        Assert.Equal(["UBND XÃ THỬ NGHIỆM", "Tổng số hồ sơ đã tiếp nhận: 1.234 hồ sơ", "Trực tuyến 1.000"], page.Lines.Select(l => l.Text));
        var total = page.Lines[1];
        Assert.Equal(10, total.Words!.Count);
        Assert.InRange(total.Confidence, 0.97, 0.99);
        Assert.Equal(300.0 / 2480, total.Region!.Left, 6);
        Assert.Equal(400.0 / 3508, total.Region.Top, 6);
        Assert.Equal((2480, 3508), (page.Width, page.Height));

        var requests = service.Requests.ToList();
        Assert.Equal(["POST", "GET", "GET"], requests.Select(r => r.Method));
        Assert.All(requests, r => Assert.Equal("Bearer test-token", r.Authorization));
        Assert.Equal("/documentintelligence/documentModels/prebuilt-read:analyze?api-version=2024-11-30", requests[0].PathAndQuery);
        Assert.Contains(Convert.ToBase64String(Image.Content.Span), requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("/analyzeResults/3b1f6c1e", requests[1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizeAsync_AnalysisFailed_ThrowsWithTheServicesReason()
    {
        await using var service = new RecordedDocumentIntelligence(HttpStatusCode.Accepted, "read-failed.json");
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut(service, http).RecognizeAsync(Image, Ct));

        Assert.Contains("Invalid request", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizeAsync_IdentityWithoutRole_IsOcrUnavailableNotABadFile()
    {
        await using var service = new RecordedDocumentIntelligence(HttpStatusCode.Forbidden, "read-succeeded.json");
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<OcrUnavailableException>(() => CreateSut(service, http).RecognizeAsync(Image, Ct));

        Assert.Contains("Cognitive Services User", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_ScannedPdfThroughEmbeddedImageAndRecordedAnswer_ReadsValueWithPageEvidence()
    {
        if (ScanFont.Find() is null)
        {
            LocalOcr.Require();
        }

        await using var service = new RecordedDocumentIntelligence(HttpStatusCode.Accepted, "read-succeeded.json");
        using var http = new HttpClient();
        using var renderer = new ScanRenderer(ScanStyle.Clean);
        var pdf = renderer.RenderPdf(["(the recorded answer stands for what the service reads on this page)"]);
        var pages = new ScannedPageReader(CreateSut(service, http), new EmbeddedImagePageRenderer(), ScanLimits.Default, ExtractionLimits.Default);

        var report = await ReportParser.CreateDefault(IndicatorCatalogFile.ReadBuiltIn(), ExtractionLimits.Default, pages).ParseAsync(new ReportFile("scan.pdf", pdf), Ct);

        Assert.Equal(1234, report.ValueOf("dossiers.received"));
        Assert.Equal((1, 2), (report.Indicators.Single(v => v.Code == "dossiers.received").Evidence!.Page, report.Indicators.Single(v => v.Code == "dossiers.received").Evidence!.Line));
        var posted = service.Requests.First();
        Assert.Contains("\"base64Source\":\"/9j/", posted.Body, StringComparison.Ordinal); // the page's own JPEG, taken out of the PDF
    }

    private sealed class StaticToken(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
