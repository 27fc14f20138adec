using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Tables;

/// <summary>
/// Units' accepted values per period, one entity per unit in the <c>Submissions</c> table
/// (PK <c>unit|{unitCode}</c>, RK <c>history</c>), written with ETag concurrency. The most recent periods are kept.
/// </summary>
public sealed class TableUnitHistoryStore(StorageClients clients) : IUnitHistoryStore
{
    private const string RowKey = "history";
    private const int KeptPeriods = 36;

    private TableClient Table => clients.Submissions;

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> GetAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var (history, _) = await ReadAsync(unitCode, cancellationToken);
        return history.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, decimal>)kv.Value, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task RecordAsync(string unitCode, string period, IReadOnlyDictionary<string, decimal> values, CancellationToken cancellationToken = default)
    {
        var (history, etag) = await ReadAsync(unitCode, cancellationToken);
        history[period] = new Dictionary<string, decimal>(values, StringComparer.Ordinal);
        foreach (var old in history.Keys.Order(StringComparer.Ordinal).SkipLast(KeptPeriods).ToList())
        {
            history.Remove(old);
        }

        var entity = new TableEntity(PartitionKey(unitCode), RowKey);
        ChunkedText.Write(entity, "Periods", JsonSerializer.Serialize(history, StorageJson.Options));
        try
        {
            if (etag is null)
            {
                await Table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await Table.UpdateEntityAsync(entity, etag.Value, TableUpdateMode.Replace, cancellationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new WriteConflictException($"The history of {unitCode} changed during the write.", ex);
        }
    }

    private static string PartitionKey(string unitCode) => "unit|" + unitCode;

    private async Task<(Dictionary<string, Dictionary<string, decimal>> History, ETag? ETag)> ReadAsync(string unitCode, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(unitCode), RowKey, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return (new(StringComparer.Ordinal), null);
        }

        var json = ChunkedText.Read(response.Value!, "Periods");
        var history = json is null ? null : JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, decimal>>>(json, StorageJson.Options);
        return (history ?? new(StringComparer.Ordinal), response.Value!.ETag);
    }
}
