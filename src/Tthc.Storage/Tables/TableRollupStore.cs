using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Tthc.Core.Rollups;
using Tthc.Core.Text;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Tables;

/// <summary>
/// The <c>Rollups</c> table: PK <c>{province}|{period}</c>, one entity (RK <c>rollup</c>) holding the whole
/// <see cref="RollupRecord"/>, so a rollup is written atomically and guarded by its ETag; a failed rebuild is
/// recorded beside it (RK <c>failure</c>) until a rebuild succeeds.
/// </summary>
public sealed class TableRollupStore(StorageClients clients) : IRollupStore
{
    private const string RowKey = "rollup";
    private const string FailureRowKey = "failure";

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
        var record = json is null ? null : JsonSerializer.Deserialize<RollupRecord>(json, TthcJson.Options);
        return record is null ? null : new StoredRollup(record.Rollup, record.ProvinceValues, e.GetString("SourceVersion"), e.ETag.ToString());
    }

    /// <inheritdoc />
    public async Task SaveAsync(Rollup rollup, IReadOnlyDictionary<string, decimal>? provinceValues, string? sourceVersion, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(TableIndicatorValueStore.PartitionKey(rollup.Province, rollup.Period), RowKey)
        {
            ["SourceVersion"] = sourceVersion,
            ["ComputedAt"] = rollup.ComputedAt,
        };
        ChunkedText.Write(entity, "Document", JsonSerializer.Serialize(new RollupRecord(rollup, provinceValues), TthcJson.Options));
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

    /// <inheritdoc />
    public async Task RecordFailureAsync(RollupFailure failure, CancellationToken cancellationToken = default)
    {
        var reason = failure.Reason.Length > 4_000 ? failure.Reason[..4_000] : failure.Reason;
        var entity = new TableEntity(TableIndicatorValueStore.PartitionKey(failure.Province, failure.Period), FailureRowKey)
        {
            ["Reason"] = reason,
            ["FailedAt"] = failure.FailedAt,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RollupFailure?> GetFailureAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableIndicatorValueStore.PartitionKey(province, period), FailureRowKey, cancellationToken: cancellationToken);
        return response.HasValue
            ? new RollupFailure(province, period, response.Value!.GetString("Reason") ?? string.Empty, response.Value.GetDateTimeOffset("FailedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    /// <inheritdoc />
    public async Task ClearFailureAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.DeleteEntityAsync(TableIndicatorValueStore.PartitionKey(province, period), FailureRowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }
}
