using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs.Models;
using Tthc.Core.Text;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Storage.Blobs;

/// <summary>
/// The <c>reports</c> container: <c>incoming/{unitCode}/{fileName}</c> as units upload them, and
/// <c>submissions/{submissionId}/{fileName}</c>, the immutable copy a submission is parsed from
/// (an incoming file may be overwritten by the next upload; a submission's bytes never change), and
/// <c>documents/{submissionId}.json</c>, the lines the file was read into.
/// </summary>
public sealed class BlobReportStore(StorageClients clients) : IReportBlobStore
{
    /// <summary>Metadata key naming the submission an incoming blob became.</summary>
    public const string SubmissionMetadata = "tthcsubmission";

    /// <inheritdoc />
    public async Task<string> ArchiveAsync(string submissionId, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var name = $"submissions/{submissionId}/{fileName}";
        try
        {
            await clients.Reports.GetBlobClient(name).UploadAsync(
                new BinaryData(content),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Same id = same unit and bytes: the archive is already there.
        }

        return name;
    }

    /// <inheritdoc />
    public async Task<ReadOnlyMemory<byte>?> ReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await clients.Reports.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToMemory();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task SaveDocumentAsync(SubmissionDocument document, CancellationToken cancellationToken = default)
        => await clients.Reports.GetBlobClient(DocumentName(document.SubmissionId)).UploadAsync(
            BinaryData.FromObjectAsJson(document, TthcJson.Options),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);

    /// <inheritdoc />
    public async Task<SubmissionDocument?> ReadDocumentAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await clients.Reports.GetBlobClient(DocumentName(submissionId)).DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToObjectFromJson<SubmissionDocument>(TthcJson.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<IncomingBlob> ListUntaggedIncomingAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in clients.Reports.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, "incoming/", cancellationToken))
        {
            if (!item.Metadata.ContainsKey(SubmissionMetadata) && IncomingBlob.FromName(item.Name) is { } incoming)
            {
                yield return incoming;
            }
        }
    }

    /// <inheritdoc />
    public async Task TagIncomingAsync(string blobName, string submissionId, CancellationToken cancellationToken = default)
    {
        try
        {
            await clients.Reports.GetBlobClient(blobName).SetMetadataAsync(new Dictionary<string, string> { [SubmissionMetadata] = submissionId }, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Deleted meanwhile: nothing to tag; the submission already holds its own copy.
        }
    }

    // Outside submissions/{id}/, where the archived file's own name (a unit may upload "lines.json") could clash.
    private static string DocumentName(string submissionId) => $"documents/{submissionId}.json";
}
