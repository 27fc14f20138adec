using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Extraction;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;
using Tthc.Testing;

namespace Tthc.Storage.Tests.Blobs;

public sealed class BlobReportStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveDocumentAsync_IsReadBackWhole_BesideAnArchivedFileOfAnyName()
    {
        await using var services = await StorageServices.CreateAsync(azurite.ConnectionString);
        var store = services.GetRequiredService<IReportBlobStore>();
        var archived = Encoding.UTF8.GetBytes("{\"not\": \"the lines\"}");
        await store.ArchiveAsync("s-1", "lines.json", archived, Ct);
        var document = new SubmissionDocument(
            "s-1",
            "lines.json",
            [new SourceLine(1, "Tổng số hồ sơ tiếp nhận: 2.705"), new SourceLine(2, "| Cấp xã | 1.133 |", IsTableRow: true, Page: 2, Confidence: 0.87)],
            [new NotValue("1.500", 3, NotValueReason.Target, "dossiers.received")]);

        await store.SaveDocumentAsync(document, Ct);
        await store.SaveDocumentAsync(document, Ct); // processed twice: the copy is replaced, not refused

        var read = await store.ReadDocumentAsync("s-1", Ct);
        Assert.Equal((document.SubmissionId, document.FileName), (read!.SubmissionId, read.FileName));
        Assert.Equal(document.Lines, read.Lines);
        Assert.Equal(document.NotValues, read.NotValues);
        Assert.Equal(archived, (await store.ReadAsync("submissions/s-1/lines.json", Ct))!.Value.ToArray());
        Assert.Null(await store.ReadDocumentAsync("s-2", Ct));
    }
}
