using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tthc.Core.Access;
using Tthc.Core.Extraction;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Processing;
using Tthc.Pipeline.Submissions;
using Tthc.Pipeline.Tests.InMemory;

namespace Tthc.Pipeline.Tests.Submissions;

public sealed class GetSubmissionDocumentTests
{
    private static readonly ReadOnlyMemory<byte> Report = Encoding.UTF8.GetBytes(
        "Xã X báo cáo kết quả giải quyết thủ tục hành chính quý I năm 2026.\n" +
        "Tổng số hồ sơ tiếp nhận: 1.250 hồ sơ, trong đó trực tuyến 1.000 hồ sơ.\n" +
        "Phấn đấu quý sau tiếp nhận 1.500 hồ sơ.\n");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteAsync_AfterProcessing_ServesTheLinesStoredThen_WithoutReadingTheFileAgain()
    {
        using var services = await PipelineServices.CreateAsync(new FakeTimeProvider());
        var id = await IngestAsync(services, "bao-cao.txt", Report);
        await services.GetRequiredService<ProcessSubmission>().ExecuteAsync(new ParseRequest(id), 1, Ct);
        var parsed = services.GetRequiredService<ReportParser>().Parse(new ReportFile("bao-cao.txt", Report), Ct);

        // The archived file is gone: only the lines stored at processing can answer.
        var submission = await services.GetRequiredService<ISubmissionStore>().GetAsync(id, Ct);
        ((InMemoryReportBlobStore)services.GetRequiredService<IReportBlobStore>()).Delete(submission!.BlobName);
        var document = await services.GetRequiredService<GetSubmissionDocument>().ExecuteAsync(id, Ct);

        Assert.NotNull(document);
        Assert.Equal(parsed.Lines, document.Lines);
        Assert.Equal(parsed.NotValues, document.NotValues);
        Assert.Contains(document.NotValues, n => n.Why == NotValueReason.Target);
    }

    [Fact]
    public async Task ExecuteAsync_NotProcessedYet_ReadsTheFileOnce_ThenServesWhatItStored()
    {
        using var services = await PipelineServices.CreateAsync(new FakeTimeProvider());
        var id = await IngestAsync(services, "bao-cao.txt", Report);
        var query = services.GetRequiredService<GetSubmissionDocument>();

        var first = await query.ExecuteAsync(id, Ct);
        var submission = await services.GetRequiredService<ISubmissionStore>().GetAsync(id, Ct);
        ((InMemoryReportBlobStore)services.GetRequiredService<IReportBlobStore>()).Delete(submission!.BlobName);
        var again = await query.ExecuteAsync(id, Ct);

        var parsed = services.GetRequiredService<ReportParser>().Parse(new ReportFile("bao-cao.txt", Report), Ct);
        Assert.NotEmpty(parsed.Lines);
        Assert.Equal(parsed.Lines, first!.Lines);
        Assert.Equal(parsed.Lines, again!.Lines);
    }

    [Fact]
    public async Task ExecuteAsync_CanonicalCsv_IsNotCopiedAtProcessing_AndItsLinesAreTheFilesOwn()
    {
        using var services = await PipelineServices.CreateAsync(new FakeTimeProvider(new DateTimeOffset(2026, 4, 16, 8, 0, 0, TimeSpan.Zero)));
        var csv = Encoding.UTF8.GetBytes("unit,period,indicator,value\nhy-x,2026-Q1,dossiers.received,120\nhy-x,2026-Q1,dossiers.received_online,80\n");
        var id = await IngestAsync(services, "mau.csv", csv);
        await services.GetRequiredService<ProcessSubmission>().ExecuteAsync(new ParseRequest(id), 1, Ct);
        var blobs = services.GetRequiredService<IReportBlobStore>();

        Assert.Null(await blobs.ReadDocumentAsync(id, Ct));
        var document = (await services.GetRequiredService<GetSubmissionDocument>().ExecuteAsync(id, Ct))!;
        var submission = (await services.GetRequiredService<ISubmissionStore>().GetAsync(id, Ct))!;

        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
        Assert.Equal(Encoding.UTF8.GetString(csv).Split('\n'), document.Lines.Select(l => l.Text));
        var received = submission.Indicators.Single(v => v.Code == "dossiers.received").Evidence!;
        Assert.Equal(received.Text, document.Lines.Single(l => l.Number == received.Line).Text);
        Assert.NotNull(await blobs.ReadDocumentAsync(id, Ct)); // stored by that first view
    }

    [Fact]
    public async Task ExecuteAsync_ScanWaitingForOcr_HasNoLines_RatherThanFailing()
    {
        using var services = await PipelineServices.CreateAsync(new FakeTimeProvider());
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600);
        var id = await IngestAsync(services, "scan.pdf", builder.Build());
        await services.GetRequiredService<ProcessSubmission>().ExecuteAsync(new ParseRequest(id), 1, Ct);

        var document = await services.GetRequiredService<GetSubmissionDocument>().ExecuteAsync(id, Ct);

        Assert.Equal(SubmissionStatus.NeedsOcr, (await services.GetRequiredService<ISubmissionStore>().GetAsync(id, Ct))!.Status);
        Assert.Empty(document!.Lines);
    }

    private static async Task<string> IngestAsync(ServiceProvider services, string file, ReadOnlyMemory<byte> content)
        => (await services.GetRequiredService<IngestUpload>().ExecuteAsync(Caller.Admin, "hy-x", file, content, Ct)).SubmissionId;
}
