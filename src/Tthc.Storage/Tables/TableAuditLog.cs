using System.Globalization;
using Azure.Data.Tables;
using Tthc.Core.Access;
using Tthc.Core.Text;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Tables;

/// <summary>
/// The <c>Audit</c> table, append-only: PK = province code (<c>-</c> for none), RK = <c>{UTC ticks, 19 digits}-{random}</c>,
/// so a province's entries in a time window are one partition range query, oldest first. Entries are only ever added.
/// </summary>
public sealed class TableAuditLog(StorageClients clients) : IAuditLog
{
    private const string NoProvince = "-";

    private TableClient Table => clients.Audit;

    /// <inheritdoc />
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        => Table.AddEntityAsync(
            new TableEntity(entry.Province ?? NoProvince, $"{Ticks(entry.At)}-{Guid.NewGuid():N}")
            {
                ["At"] = entry.At,
                ["KeyId"] = entry.KeyId,
                ["Role"] = TthcJson.Name(entry.Role),
                ["Action"] = entry.Action,
                ["Target"] = entry.Target,
                ["Before"] = Truncate(entry.Before),
                ["After"] = Truncate(entry.After),
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(string? province, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var filter = $"RowKey ge '{Ticks(from ?? DateTimeOffset.MinValue)}' and RowKey lt '{Ticks((to ?? DateTimeOffset.MaxValue.AddTicks(-1)).AddTicks(1))}'";
        if (province is not null)
        {
            filter = TableClient.CreateQueryFilter($"PartitionKey eq {province}") + " and " + filter;
        }

        var entries = new List<AuditEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(
                e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                e.GetString("KeyId"),
                TthcJson.TryParse<AccessRole>(e.GetString("Role"), out var role) ? role : AccessRole.Unit,
                e.GetString("Action"),
                e.PartitionKey == NoProvince ? null : e.PartitionKey,
                e.GetString("Target"),
                e.GetString("Before"),
                e.GetString("After")));
        }

        return [.. entries.OrderBy(e => e.At)];
    }

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    // A table property holds at most 32K characters; the log keeps the start of a longer value.
    private static string? Truncate(string? value) => value is { Length: > 30_000 } ? value[..30_000] + "…" : value;
}
