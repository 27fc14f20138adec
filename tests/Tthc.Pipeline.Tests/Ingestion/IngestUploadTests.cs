using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Tests.InMemory;

namespace Tthc.Pipeline.Tests.Ingestion;

public sealed class IngestUploadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("bao-cao\u202Ecsv.exe")]
    [InlineData("bao\u200Bcao.csv")]
    [InlineData("bao\u0007cao.csv")]
    [InlineData("bao\ncao.csv")]
    [InlineData("bao\u2028cao.csv")]
    [InlineData("bao\u2066cao\u2069.csv")]
    public async Task ExecuteAsync_FileNameWithControlOrFormatCharacter_IsRefusedShowingItEscaped(string fileName)
    {
        var (ingest, blobs) = await CreateAsync();

        var error = await Assert.ThrowsAsync<UploadRejectedException>(() => ingest.ExecuteAsync("hy-x", fileName, Encoding.UTF8.GetBytes("x"), Ct));

        Assert.Equal(UploadRule.FileName, error.Rule);
        Assert.Contains("\\u", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        Assert.Empty(blobs.Names);
    }

    [Fact]
    public async Task ExecuteAsync_FileNameWithLoneSurrogate_IsRefused()
    {
        var (ingest, _) = await CreateAsync();

        var error = await Assert.ThrowsAsync<UploadRejectedException>(() => ingest.ExecuteAsync("hy-x", "bao" + (char)0xD800 + "cao.csv", Encoding.UTF8.GetBytes("x"), Ct));

        Assert.Contains("\\uD800", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_FileNameOver200Characters_IsRefused()
    {
        var (ingest, _) = await CreateAsync();

        var error = await Assert.ThrowsAsync<UploadRejectedException>(() => ingest.ExecuteAsync("hy-x", new string('a', 197) + ".csv", Encoding.UTF8.GetBytes("x"), Ct));

        Assert.Equal(UploadRule.FileName, error.Rule);
    }

    [Theory]
    [InlineData("Báo cáo quý I năm 2026 (bản sửa).docx")]
    [InlineData("báo-cáo-😀.csv")]
    public async Task ExecuteAsync_VietnameseOrEmojiFileName_IsAccepted(string fileName)
    {
        var (ingest, _) = await CreateAsync();

        var result = await ingest.ExecuteAsync("hy-x", fileName, Encoding.UTF8.GetBytes("x"), Ct);

        Assert.False(result.Duplicate);
    }

    private static async Task<(IngestUpload Ingest, InMemoryReportBlobStore Blobs)> CreateAsync()
    {
        var services = await PipelineServices.CreateAsync(new FakeTimeProvider(new DateTimeOffset(2026, 4, 16, 8, 0, 0, TimeSpan.Zero)));
        return (services.GetRequiredService<IngestUpload>(), (InMemoryReportBlobStore)services.GetRequiredService<IReportBlobStore>());
    }
}
