using Azure;
using Azure.Data.Tables;
using Tthc.Core.Access;
using Tthc.Core.Text;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Tables;

/// <summary>The <c>AccessKeys</c> table: PK = key id, RK = <c>key</c>; the SHA-256 hash of the key, never the key.</summary>
public sealed class TableAccessKeyStore(StorageClients clients) : IAccessKeyStore
{
    private const string RowKey = "key";

    private TableClient Table => clients.AccessKeys;

    /// <inheritdoc />
    public async Task AddAsync(AccessKey key, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(key), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            throw new WriteConflictException($"Key {key.Id} already exists.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<AccessKey?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(id, RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AccessKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        var keys = new List<AccessKey>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            keys.Add(FromEntity(entity));
        }

        return keys;
    }

    /// <inheritdoc />
    public Task SaveAsync(AccessKey key, CancellationToken cancellationToken = default)
        => Table.UpsertEntityAsync(ToEntity(key), TableUpdateMode.Replace, cancellationToken);

    private static TableEntity ToEntity(AccessKey k) => new(k.Id, RowKey)
    {
        ["Role"] = TthcJson.Name(k.Role),
        ["Scope"] = k.Scope,
        ["Hash"] = k.Hash,
        ["CreatedBy"] = k.CreatedBy,
        ["CreatedAt"] = k.CreatedAt,
        ["ExpiresAt"] = k.ExpiresAt,
        ["RevokedAt"] = k.RevokedAt,
    };

    private static AccessKey FromEntity(TableEntity e) => new(
        e.PartitionKey,
        TthcJson.TryParse<AccessRole>(e.GetString("Role"), out var role) ? role : throw new InvalidDataException($"Key {e.PartitionKey} has an unknown role '{e.GetString("Role")}'."),
        e.GetString("Scope"),
        e.GetString("Hash"),
        e.GetString("CreatedBy"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("ExpiresAt"),
        e.GetDateTimeOffset("RevokedAt"));
}
