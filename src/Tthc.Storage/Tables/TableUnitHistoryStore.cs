using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Tthc.Core.Submissions;
using Tthc.Core.Text;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Tables;

/// <summary>
/// The <c>UnitHistory</c> table: one entity per unit (PK <c>{unitCode}</c>, RK <c>history</c>) holding its accepted
/// values by period as JSON, written with ETag concurrency.
/// </summary>
public sealed class TableUnitHistoryStore(StorageClients clients) : IUnitHistoryStore
{
    private const string RowKey = "history";

    private TableClient Table => clients.UnitHistory;

    /// <inheritdoc />
    public async Task<(UnitHistory History, string? ETag)> GetAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(unitCode, RowKey, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return (UnitHistory.Empty, null);
        }

        var json = ChunkedText.Read(response.Value!, "Periods");
        var periods = json is null ? null : JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, decimal>>>(json, TthcJson.Options);
        var history = new UnitHistory((periods ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, decimal>)kv.Value, StringComparer.Ordinal));
        return (history, response.Value!.ETag.ToString());
    }

    /// <inheritdoc />
    public async Task SaveAsync(string unitCode, UnitHistory history, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(unitCode, RowKey);
        ChunkedText.Write(entity, "Periods", JsonSerializer.Serialize(history.Periods, TthcJson.Options));
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
            throw new WriteConflictException($"The history of {unitCode} changed during the write.", ex);
        }
    }
}
