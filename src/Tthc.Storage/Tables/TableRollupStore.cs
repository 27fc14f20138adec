using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Rollups;

namespace Tthc.Storage.Tables;

/// <summary>
/// The <c>Rollups</c> table: PK <c>{province}|{period}</c>, one entity (RK <c>rollup</c>) holding the whole document,
/// so a rollup is written atomically and guarded by its ETag.
/// </summary>
public sealed class TableRollupStore(StorageClients clients) : IRollupStore
{
    private const string RowKey = "rollup";

    private TableClient Table => clients.Rollups;

    /// <inheritdoc />
    public async Task<StoredRollup?> GetAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableIndicatorValueStore.PartitionKey(province, period), RowKey, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var e = response.Value!;
        var json = ChunkedText.Read(e, "Document");
        var document = json is null ? null : JsonSerializer.Deserialize<RollupDocument>(json, StorageJson.Options);
        return document is null ? null : new StoredRollup(document, e.GetString("SourceVersion"), e.ETag.ToString());
    }

    /// <inheritdoc />
    public async Task SaveAsync(RollupDocument document, string? sourceVersion, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(TableIndicatorValueStore.PartitionKey(document.Province, document.Period), RowKey)
        {
            ["SourceVersion"] = sourceVersion,
            ["ComputedAt"] = document.ComputedAt,
        };
        ChunkedText.Write(entity, "Document", JsonSerializer.Serialize(document, StorageJson.Options));
        try
        {
            if (expectedETag is null)
            {
                await Table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await Table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new WriteConflictException($"The rollup {entity.PartitionKey} was written by another run.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string?>> ListSourceVersionsAsync(CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "SourceVersion"], cancellationToken: cancellationToken))
        {
            result[e.PartitionKey] = e.GetString("SourceVersion");
        }

        return result;
    }
}
