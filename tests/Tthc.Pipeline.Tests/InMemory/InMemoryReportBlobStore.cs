using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IReportBlobStore"/> port in memory.</summary>
internal sealed class InMemoryReportBlobStore : IReportBlobStore
{
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> blobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SubmissionDocument> documents = new(StringComparer.Ordinal);

    public Task<string> ArchiveAsync(string submissionId, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var name = $"submissions/{submissionId}/{fileName}";
        blobs.TryAdd(name, content.ToArray());
        return Task.FromResult(name);
    }

    public Task<ReadOnlyMemory<byte>?> ReadAsync(string blobName, CancellationToken cancellationToken = default)
        => Task.FromResult(blobs.TryGetValue(blobName, out var content) ? content : (ReadOnlyMemory<byte>?)null);

    public Task SaveDocumentAsync(SubmissionDocument document, CancellationToken cancellationToken = default)
    {
        documents[document.SubmissionId] = document;
        return Task.CompletedTask;
    }

    public Task<SubmissionDocument?> ReadDocumentAsync(string submissionId, CancellationToken cancellationToken = default)
        => Task.FromResult(documents.GetValueOrDefault(submissionId));

    public async IAsyncEnumerable<IncomingBlob> ListUntaggedIncomingAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task TagIncomingAsync(string blobName, string submissionId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Removes an archived file (a lost blob).</summary>
    /// <summary>The names of the archived blobs.</summary>
    public IReadOnlyCollection<string> Names => [.. blobs.Keys];

    public void Delete(string blobName) => blobs.TryRemove(blobName, out _);
}
