using Azure;
using Microsoft.Extensions.Options;
using Tthc.Core.Access;
using Tthc.Pipeline;
using Tthc.Pipeline.Ingestion;
using Tthc.Pipeline.Ports;

namespace Tthc.LocalHosting;

/// <summary>
/// The local twin of the Event Grid blob trigger: a file written straight into <c>reports/incoming/{unit}/{file}</c>
/// is ingested like one posted over HTTP (the same upload rules), then tagged so it is not ingested again; a file
/// the rules refuse is tagged <see cref="Refused"/> and logged, as the blob trigger logs it.
/// </summary>
internal sealed partial class IncomingBlobWatcher(
    IReportBlobStore blobs,
    IngestUpload ingest,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<IncomingBlobWatcher> logger) : BackgroundService
{
    /// <summary>The tag of an incoming blob the upload rules refused (in place of a submission id).</summary>
    public const string Refused = "refused";

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

                    string tag;
                    try
                    {
                        tag = (await ingest.ExecuteAsync(Caller.IncomingFolder(blob.UnitCode), blob.UnitCode, blob.FileName, content.Value, stoppingToken)).SubmissionId;
                    }
                    catch (UploadRejectedException ex)
                    {
                        LogRefused(blob.BlobName, ex.Message);
                        tag = Refused;
                    }

                    await blobs.TagIncomingAsync(blob.BlobName, tag, stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BlobName} refused: {Reason}")]
    private partial void LogRefused(string blobName, string reason);
}
