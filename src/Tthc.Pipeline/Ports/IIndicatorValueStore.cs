using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Ports;

/// <summary>
/// The <c>IndicatorValues</c> table: PK <c>{province}|{period}</c>, one row per unit holding its accepted values,
/// and a <c>_partition</c> row whose tag changes on every write.
/// </summary>
public interface IIndicatorValueStore
{
    /// <summary>The version whose rows a unit has in a partition, or null when it has none.</summary>
    Task<StoredVersion?> GetVersionAsync(string province, string period, string unitCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a unit's row (and touches the partition's) in ONE transaction, if the row still has
    /// <paramref name="expectedETag"/> (null: the unit must have no row yet); throws <see cref="WriteConflictException"/> otherwise.
    /// </summary>
    Task WriteAsync(UnitRows rows, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Reads every unit's figures in a partition, with the partition's version as read before the rows.</summary>
    Task<(IReadOnlyList<UnitFigures> Units, string? Version)> ReadPartitionAsync(string province, string period, CancellationToken cancellationToken = default);

    /// <summary>Every partition with its current version.</summary>
    IAsyncEnumerable<PartitionVersion> ListPartitionsAsync(CancellationToken cancellationToken = default);
}
