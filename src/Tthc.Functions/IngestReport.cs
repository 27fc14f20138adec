using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Tthc.Core.Access;
using Tthc.Pipeline.Ingestion;

namespace Tthc.Functions;

/// <summary>
/// A file dropped into <c>reports/incoming/{unitCode}/{fileName}</c> becomes a submission, under the same upload rules
/// as the HTTP route. Event Grid delivers BlobCreated (infra/modules/ingest-subscription.bicep) instead of the polling
/// blob scan, which is slow and unsupported on Flex Consumption.
/// </summary>
public sealed partial class IngestReport(IngestUpload ingest, ILogger<IngestReport> logger)
{
    [Function(nameof(IngestReport))]
    public async Task RunAsync(
        [BlobTrigger(SettingExpressions.IncomingBlob, Source = BlobTriggerSource.EventGrid)] byte[] content,
        string unitCode,
        string fileName,
        CancellationToken cancellationToken)
    {
        try
        {
            await ingest.ExecuteAsync(Caller.IncomingFolder(unitCode), unitCode, fileName, content, cancellationToken);
        }
        catch (UploadRejectedException ex)
        {
            // A refused file stays refused: failing the delivery would only make Event Grid retry it for a day.
            LogRefused(unitCode, fileName, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload {Unit}/{FileName} refused: {Reason}")]
    private partial void LogRefused(string unit, string fileName, string reason);
}
