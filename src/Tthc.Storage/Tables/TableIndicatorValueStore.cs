using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Tthc.Core.Rollups;
using Tthc.Core.Submissions;
using Tthc.Core.Text;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Tables;

/// <summary>
/// The <c>IndicatorValues</c> table. PK <c>{province}|{period}</c>; RK <c>{unitCode}</c>: the unit's accepted values
/// (<c>Values</c>, JSON by code: the form a rollup reads, one row per unit; <c>AwaitingReview</c>, the codes not counted
/// until a person decides) with the version they come from;
/// RK <c>_partition</c>: the partition's change tag. A unit's write and the tag's are one transaction.
/// </summary>
public sealed class TableIndicatorValueStore(StorageClients clients) : IIndicatorValueStore
{
    private const string PartitionMarker = "_partition";

    private static readonly string[] UnitColumns = ["RowKey", "Values", "AwaitingReview", "SubmissionId", "UnitName", "Level", "UploadedAt"];

    private TableClient Table => clients.IndicatorValues;

    /// <inheritdoc />
    public async Task<StoredVersion?> GetVersionAsync(string province, string period, string unitCode, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(province, period), unitCode, ["SubmissionId", "UploadedAt", "Values"], cancellationToken);
        return response.HasValue && response.Value is { } row
            ? new StoredVersion(new ReportVersion(row.GetString("SubmissionId"), row.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue), row.ETag.ToString())
            {
                Values = JsonSerializer.Deserialize<Dictionary<string, decimal>>(row.GetString("Values") ?? "{}", TthcJson.Options) ?? [],
            }
            : null;
    }

    /// <inheritdoc />
    public async Task WriteAsync(UnitRows rows, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var pk = PartitionKey(rows.Province, rows.Period);
        var row = new TableEntity(pk, rows.UnitCode)
        {
            ["SubmissionId"] = rows.Version.SubmissionId,
            ["UploadedAt"] = rows.Version.UploadedAt,
            ["UnitName"] = rows.UnitName,
            ["Level"] = TthcJson.Name(rows.Level),
            ["Values"] = JsonSerializer.Serialize(rows.Values, TthcJson.Options),
            ["AwaitingReview"] = JsonSerializer.Serialize(rows.AwaitingReview, TthcJson.Options),
        };
        TableTransactionAction[] actions =
        [
            expectedETag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(expectedETag)),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(pk, PartitionMarker) { ["ChangedBy"] = rows.Version.SubmissionId }),
        ];

        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new WriteConflictException($"The row of {rows.UnitCode} in {pk} changed during the write.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<UnitFigures> Units, string? Version)> ReadPartitionAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        var pk = PartitionKey(province, period);
        var marker = await Table.GetEntityIfExistsAsync<TableEntity>(pk, PartitionMarker, cancellationToken: cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ne {PartitionMarker}");
        var units = new List<UnitFigures>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: UnitColumns, cancellationToken: cancellationToken))
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, decimal>>(row.GetString("Values") ?? "{}", TthcJson.Options) ?? [];
            TthcJson.TryParse<UnitLevel>(row.GetString("Level"), out var level);
            units.Add(new UnitFigures(row.RowKey, row.GetString("UnitName") ?? row.RowKey, level, row.GetString("SubmissionId"), row.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue, values)
            {
                AwaitingReview = JsonSerializer.Deserialize<List<string>>(row.GetString("AwaitingReview") ?? "[]", TthcJson.Options) ?? [],
            });
        }

        return (units, marker.HasValue ? marker.Value!.ETag.ToString() : null);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PartitionVersion> ListPartitionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {PartitionMarker}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            var bar = e.PartitionKey.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0)
            {
                yield return new PartitionVersion(e.PartitionKey[..bar], e.PartitionKey[(bar + 1)..], e.ETag.ToString());
            }
        }
    }

    /// <summary>The partition key of a province-period.</summary>
    public static string PartitionKey(string province, string period) => $"{province}|{period}";
}
