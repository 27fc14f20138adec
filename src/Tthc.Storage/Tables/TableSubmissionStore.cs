using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Tthc.Core.Extraction;
using Tthc.Core.Review;
using Tthc.Core.Text;
using Tthc.Core.Validation;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Submissions;

namespace Tthc.Storage.Tables;

/// <summary>The <c>Submissions</c> table: PK = submission id, RK = <c>submission</c>.</summary>
public sealed class TableSubmissionStore(StorageClients clients) : ISubmissionStore
{
    private const string RowKey = "submission";

    private TableClient Table => clients.Submissions;

    /// <inheritdoc />
    public async Task<(Submission Stored, bool Added)> AddOrGetAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(submission), cancellationToken);
            return (submission, true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await GetAsync(submission.SubmissionId, cancellationToken)
                ?? throw new InvalidOperationException($"Submission {submission.SubmissionId} reported as existing but could not be read.", ex);
            return (existing, false);
        }
    }

    /// <inheritdoc />
    public async Task<Submission?> GetAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(submissionId, RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Submission>> ListByUnitAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        // A unit sends a few files a period: a filtered scan of the table is enough at a province's scale.
        var found = new List<Submission>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"UnitCode eq {unitCode}"), cancellationToken: cancellationToken))
        {
            found.Add(FromEntity(entity));
        }

        return [.. found.OrderByDescending(s => s.UploadedAt)];
    }

    /// <inheritdoc />
    public Task SaveAsync(Submission submission, CancellationToken cancellationToken = default)
        => Table.UpsertEntityAsync(ToEntity(submission), TableUpdateMode.Replace, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> TrySaveUnchangedAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        if (submission.ETag is null)
        {
            return false;
        }

        try
        {
            await Table.UpdateEntityAsync(ToEntity(submission), new ETag(submission.ETag), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public Task MarkQueuedAsync(string submissionId, DateTimeOffset queuedAt, CancellationToken cancellationToken = default)
        => Table.UpdateEntityAsync(new TableEntity(submissionId, RowKey) { ["QueuedAt"] = queuedAt }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<Submission> ListWaitingAsync(DateTimeOffset queuedBefore, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A scan with a server-side filter: few submissions are ever 'received' at once, and the sweeper runs every few minutes.
        var filter = TableClient.CreateQueryFilter($"Status eq {TthcJson.Name(SubmissionStatus.Received)} and UploadedAt lt {queuedBefore}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 100, cancellationToken: cancellationToken))
        {
            var submission = FromEntity(e);
            if ((submission.QueuedAt ?? submission.UploadedAt) < queuedBefore)
            {
                yield return submission;
            }
        }
    }

    /// <inheritdoc />
    public Task MarkSupersededAsync(string submissionId, string supersededBy, CancellationToken cancellationToken = default)
        => Table.UpdateEntityAsync(new TableEntity(submissionId, RowKey) { ["SupersededBy"] = supersededBy }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    private static TableEntity ToEntity(Submission s)
    {
        var entity = new TableEntity(s.SubmissionId, RowKey)
        {
            ["UnitCode"] = s.UnitCode,
            ["FileName"] = s.FileName,
            ["ContentHash"] = s.ContentHash,
            ["BlobName"] = s.BlobName,
            ["UploadedAt"] = s.UploadedAt,
            ["Status"] = TthcJson.Name(s.Status),
            ["Province"] = s.Province,
            ["Period"] = s.Period,
            ["Format"] = s.Format,
            ["ProcessedAt"] = s.ProcessedAt,
            ["FailureReason"] = Truncate(s.FailureReason, 4000),
            ["SupersededBy"] = s.SupersededBy,
            ["QueuedAt"] = s.QueuedAt,
        };
        ChunkedText.Write(entity, "Findings", JsonSerializer.Serialize(s.Findings, TthcJson.Options));
        ChunkedText.Write(entity, "Indicators", JsonSerializer.Serialize(s.Indicators, TthcJson.Options));
        ChunkedText.Write(entity, "Reviews", JsonSerializer.Serialize(s.Reviews, TthcJson.Options));
        ChunkedText.Write(entity, "NotValues", JsonSerializer.Serialize(s.NotValues, TthcJson.Options));
        return entity;
    }

    private static Submission FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("UnitCode"),
        e.GetString("FileName"),
        e.GetString("ContentHash"),
        e.GetString("BlobName"),
        e.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue,
        TthcJson.TryParse<SubmissionStatus>(e.GetString("Status"), out var status) ? status : throw new InvalidDataException($"Submission {e.PartitionKey} has an unknown status '{e.GetString("Status")}'."))
    {
        Province = e.GetString("Province"),
        Period = e.GetString("Period"),
        Format = e.GetString("Format"),
        ProcessedAt = e.GetDateTimeOffset("ProcessedAt"),
        FailureReason = e.GetString("FailureReason"),
        SupersededBy = e.GetString("SupersededBy"),
        QueuedAt = e.GetDateTimeOffset("QueuedAt"),
        Findings = Deserialize<List<Finding>>(ChunkedText.Read(e, "Findings")) ?? [],
        Indicators = Deserialize<List<ExtractedValue>>(ChunkedText.Read(e, "Indicators")) ?? [],
        Reviews = Deserialize<List<ReviewDecision>>(ChunkedText.Read(e, "Reviews")) ?? [],
        NotValues = Deserialize<List<NotValue>>(ChunkedText.Read(e, "NotValues")) ?? [],
        ETag = e.ETag.ToString(),
    };

    private static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, TthcJson.Options);

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
