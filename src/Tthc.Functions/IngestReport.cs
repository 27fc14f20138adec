using Microsoft.Azure.Functions.Worker;
using Tthc.Pipeline.Ingestion;

namespace Tthc.Functions;

/// <summary>
/// A file dropped into <c>reports/incoming/{unitCode}/{fileName}</c> becomes a submission. Event Grid
/// delivers BlobCreated (infra/modules/ingest-subscription.bicep) instead of the polling blob scan,
/// which is slow and unsupported on Flex Consumption.
/// </summary>
public sealed class IngestReport(IngestUpload ingest)
{
    [Function(nameof(IngestReport))]
    public Task RunAsync(
        [BlobTrigger("reports/incoming/{unitCode}/{fileName}", Source = BlobTriggerSource.EventGrid)] byte[] content,
        string unitCode,
        string fileName,
        CancellationToken cancellationToken)
        => ingest.ExecuteAsync(unitCode, fileName, content, cancellationToken);
}
