using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Tthc.Core.Rollups;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Tables;

/// <summary>
/// The <c>IndicatorValues</c> table. PK <c>{province}|{period}</c>; RK <c>{unitCode}|{indicator}</c> for values,
/// <c>{unitCode}|_submission</c> for the unit's current version, <c>_partition</c> for the partition's change tag.
/// A unit's replacement is one transaction in one partition (≤ 100 operations).
/// </summary>
public sealed class TableIndicatorValueStore(StorageClients clients) : IIndicatorValueStore
{
    private const string UnitMarker = "_submission";
    private const string PartitionMarker = "_partition";

    private static readonly string[] PartitionColumns = ["RowKey", "Value", "SubmissionId", "UnitName", "Level", "UploadedAt"];

    private TableClient Table => clients.IndicatorValues;

    /// <inheritdoc />
    public async Task<ReplaceOutcome> ReplaceUnitRowsAsync(UnitRows rows, CancellationToken cancellationToken = default)
    {
        var pk = PartitionKey(rows.Province, rows.Period);
        var markerKey = $"{rows.UnitCode}|{UnitMarker}";
        var current = await Table.GetEntityIfExistsAsync<TableEntity>(pk, markerKey, cancellationToken: cancellationToken);
        if (current.HasValue)
        {
            var holder = current.Value!;
            var holderUploaded = holder.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue;
            var holderId = holder.GetString("SubmissionId");
            if (holderUploaded > rows.UploadedAt || (holderUploaded == rows.UploadedAt && string.CompareOrdinal(holderId, rows.SubmissionId) > 0))
            {
                return new ReplaceOutcome(false, holderId);
            }
        }

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

        var oldCodes = current.HasValue ? (current.Value!.GetString("Codes") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries) : [];
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
        };
        actions.Add(current.HasValue
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, marker, current.Value!.ETag)
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

        return new ReplaceOutcome(true, current.HasValue ? current.Value!.GetString("SubmissionId") : null);
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<UnitFigures> Units, string? Version)> ReadPartitionAsync(string province, string period, CancellationToken cancellationToken = default)
    {
        var pk = PartitionKey(province, period);
        var marker = await Table.GetEntityIfExistsAsync<TableEntity>(pk, PartitionMarker, cancellationToken: cancellationToken);
        var heads = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var valuesByUnit = new Dictionary<string, Dictionary<string, (decimal Value, string SubmissionId)>>(StringComparer.Ordinal);
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {pk}"), maxPerPage: 1000, select: PartitionColumns, cancellationToken: cancellationToken))
        {
            var bar = e.RowKey.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                continue;
            }

            var unit = e.RowKey[..bar];
            var code = e.RowKey[(bar + 1)..];
            if (code == UnitMarker)
            {
                heads[unit] = e;
            }
            else if (decimal.TryParse(e.GetString("Value"), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                if (!valuesByUnit.TryGetValue(unit, out var dict))
                {
                    valuesByUnit[unit] = dict = new(StringComparer.Ordinal);
                }

                dict[code] = (value, e.GetString("SubmissionId") ?? string.Empty);
            }
        }

        var units = new List<UnitFigures>(heads.Count);
        foreach (var (unit, head) in heads.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var submissionId = head.GetString("SubmissionId");
            var values = valuesByUnit.TryGetValue(unit, out var d)
                ? d.Where(kv => kv.Value.SubmissionId == submissionId).ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal)
                : [];
            UnitLevels.TryParse(head.GetString("Level"), out var level);
            units.Add(new UnitFigures(unit, head.GetString("UnitName") ?? unit, level, submissionId, head.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue, values));
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
