namespace Tthc.Pipeline.Ports;

/// <summary>
/// Each unit's accepted values per period, kept as one record per unit (a point read, whatever the table size),
/// for the outlier check against the unit's own history.
/// </summary>
public interface IUnitHistoryStore
{
    /// <summary>The unit's accepted values by period code (empty when none).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> GetAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the values now accepted for a period (replacing that period's earlier version). Throws
    /// <see cref="WriteConflictException"/> when another writer updated the unit's history meanwhile.
    /// </summary>
    Task RecordAsync(string unitCode, string period, IReadOnlyDictionary<string, decimal> values, CancellationToken cancellationToken = default);
}
