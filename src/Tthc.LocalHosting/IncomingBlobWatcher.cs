using Azure;
using Microsoft.Extensions.Options;
using Tthc.Pipeline;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;

namespace Tthc.LocalHosting;

/// <summary>
/// The local twin of the Event Grid blob trigger: a file written straight into <c>reports/incoming/{unit}/{file}</c>
/// is ingested like one posted over HTTP, then tagged so it is not ingested again.
/// </summary>
internal sealed partial class IncomingBlobWatcher(
    IReportBlobStore blobs,
    IngestUpload ingest,
    IOptions<WorkerOptions> options,
    IOptions<UploadOptions> upload,
    TimeProvider time,
    ILogger<IncomingBlobWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var blob in blobs.ListUntaggedIncomingAsync(stoppingToken))
                {
                    var content = await blobs.ReadAsync(blob.BlobName, stoppingToken);
                    if (content is null)
                    {
                        continue;
                    }

                    if (content.Value.Length > upload.Value.MaxFileBytes)
                    {
                        LogTooLarge(blob.BlobName, content.Value.Length);
                        continue;
                    }

                    var result = await ingest.ExecuteAsync(blob.UnitCode, blob.FileName, content.Value, stoppingToken);
                    await blobs.TagIncomingAsync(blob.BlobName, result.SubmissionId, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or AggregateException)
            {
                LogScanFailed(ex.Message);
            }

            try
            {
                await Task.Delay(options.Value.IncomingScanInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scan of reports/incoming failed: {Reason}")]
    private partial void LogScanFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BlobName} is {Bytes} bytes, over the upload limit; not ingested")]
    private partial void LogTooLarge(string blobName, long bytes);
}
