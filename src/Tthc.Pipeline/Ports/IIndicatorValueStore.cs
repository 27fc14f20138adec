using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Ports;

/// <summary>The <c>IndicatorValues</c> table: PK <c>{province}|{period}</c>, RK <c>{unitCode}|{indicator}</c>.</summary>
public interface IIndicatorValueStore
{
    /// <summary>
    /// Writes or replaces a unit's rows in ONE transaction, unless a newer upload already holds them
    /// (out-of-order processing never lets an older version win). Throws <see cref="WriteConflictException"/>
    /// when another writer changed the unit's rows between the read and the write.
    /// </summary>
    Task<ReplaceOutcome> ReplaceUnitRowsAsync(UnitRows rows, CancellationToken cancellationToken = default);

    /// <summary>Reads every unit's figures in a partition, with the partition's version as read before the rows.</summary>
    Task<(IReadOnlyList<UnitFigures> Units, string? Version)> ReadPartitionAsync(string province, string period, CancellationToken cancellationToken = default);

    /// <summary>Every partition with its current version.</summary>
    IAsyncEnumerable<PartitionVersion> ListPartitionsAsync(CancellationToken cancellationToken = default);
}
