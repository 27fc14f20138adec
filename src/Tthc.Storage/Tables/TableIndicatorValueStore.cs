using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Tthc.Core.Rollups;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Tables;

/// <summary>
/// The <c>IndicatorValues</c> table. PK <c>{province}|{period}</c>; RK <c>{unitCode}|{indicator}</c> for each value
/// with its evidence; <c>_unit|{unitCode}</c> for the unit's current version with a snapshot of its values (so a
/// rollup reads one row per unit, not one per value); <c>_partition</c> for the partition's change tag.
/// A unit's replacement is one transaction in one partition (≤ 100 operations), so the rows and the snapshot agree.
/// </summary>
public sealed class TableIndicatorValueStore(StorageClients clients) : IIndicatorValueStore
{
    private const string UnitMarkerPrefix = "_unit|";
    private const string PartitionMarker = "_partition";

    private static readonly string[] MarkerColumns = ["RowKey", "Values", "SubmissionId", "UnitName", "Level", "UploadedAt"];

    private TableClient Table => clients.IndicatorValues;

    /// <inheritdoc />
    public async Task<ReplaceOutcome> ReplaceUnitRowsAsync(UnitRows rows, CancellationToken cancellationToken = default)
    {
        var pk = PartitionKey(rows.Province, rows.Period);
        var markerKey = UnitMarkerPrefix + rows.UnitCode;

        // Most reports are the unit's first for the period: write without reading; the marker's Add fails if a version exists.
        try
        {
            await WriteAsync(rows, pk, markerKey, current: null, cancellationToken);
            return new ReplaceOutcome(true, null);
        }
        catch (WriteConflictException)
        {
        }

        var response = await Table.GetEntityIfExistsAsync<TableEntity>(pk, markerKey, cancellationToken: cancellationToken);
        var current = response.HasValue ? response.Value! : throw new WriteConflictException($"The version marker of {rows.UnitCode} in {pk} vanished during the write.");
        var holderUploaded = current.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue;
        var holderId = current.GetString("SubmissionId");
        if (holderUploaded > rows.UploadedAt || (holderUploaded == rows.UploadedAt && string.CompareOrdinal(holderId, rows.SubmissionId) > 0))
        {
            return new ReplaceOutcome(false, holderId);
        }

        await WriteAsync(rows, pk, markerKey, current, cancellationToken);
        return new ReplaceOutcome(true, holderId);
    }

    private async Task WriteAsync(UnitRows rows, string pk, string markerKey, TableEntity? current, CancellationToken cancellationToken)
    {
        var newCodes = rows.Values.Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>(rows.Values.Count * 2 + 2);
        foreach (var value in rows.Values)
        {
            var entity = new TableEntity(pk, $"{rows.UnitCode}|{value.Code}")
            {
                ["Value"] = value.Value.ToString(CultureInfo.InvariantCulture),
                ["SubmissionId"] = rows.SubmissionId,
                ["Derived"] = value.Derived,
                ["Confidence"] = value.Confidence,
                ["EvidenceLine"] = value.Evidence?.Line,
                ["EvidenceText"] = value.Evidence?.Text is { } t && t.Length > 1000 ? t[..1000] : value.Evidence?.Text,
            };
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        }

        var oldCodes = current is not null ? (current.GetString("Codes") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries) : [];
        foreach (var gone in oldCodes.Where(c => !newCodes.Contains(c)))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, $"{rows.UnitCode}|{gone}"), ETag.All));
        }

        var marker = new TableEntity(pk, markerKey)
        {
            ["SubmissionId"] = rows.SubmissionId,
            ["UploadedAt"] = rows.UploadedAt,
            ["UnitName"] = rows.UnitName,
            ["Level"] = rows.Level.ToCode(),
            ["Codes"] = string.Join(';', newCodes),
            ["Values"] = JsonSerializer.Serialize(rows.Values.ToDictionary(v => v.Code, v => v.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal)),
        };
        actions.Add(current is not null
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, marker, current.ETag)
            : new TableTransactionAction(TableTransactionActionType.Add, marker));
        actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(pk, PartitionMarker) { ["ChangedBy"] = rows.SubmissionId }));

        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new WriteConflictException($"Rows of {rows.UnitCode} in {pk} changed during the write.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<UnitFigures> Units, string? Version)> ReadPartitionAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        var pk = PartitionKey(province, period);
        var marker = await Table.GetEntityIfExistsAsync<TableEntity>(pk, PartitionMarker, cancellationToken: cancellationToken);
        var from = UnitMarkerPrefix;
        var to = UnitMarkerPrefix + "~";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {from} and RowKey lt {to}");
        var units = new List<UnitFigures>();
        await foreach (var head in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: MarkerColumns, cancellationToken: cancellationToken))
        {
            var written = JsonSerializer.Deserialize<Dictionary<string, string>>(head.GetString("Values") ?? "{}") ?? [];
            var values = new Dictionary<string, decimal>(written.Count, StringComparer.Ordinal);
            foreach (var (code, text) in written)
            {
                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    values[code] = value;
                }
            }

            UnitLevels.TryParse(head.GetString("Level"), out var level);
            var unit = head.RowKey[UnitMarkerPrefix.Length..];
            units.Add(new UnitFigures(unit, head.GetString("UnitName") ?? unit, level, head.GetString("SubmissionId"), head.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue, values));
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
