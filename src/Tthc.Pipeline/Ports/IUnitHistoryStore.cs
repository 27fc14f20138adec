using Tthc.Core.Submissions;

namespace Tthc.Pipeline.Ports;

/// <summary>
/// The <c>UnitHistory</c> table: each unit's accepted values per period as one record (a point read, whatever the
/// table size), for the outlier check against the unit's own history.
/// </summary>
public interface IUnitHistoryStore
{
    /// <summary>The unit's history (empty when none) and its concurrency tag (null when none is stored).</summary>
    Task<(UnitHistory History, string? ETag)> GetAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the unit's history if the stored one still has <paramref name="expectedETag"/> (null: none may exist
    /// yet); throws <see cref="WriteConflictException"/> otherwise.
    /// </summary>
    Task SaveAsync(string unitCode, UnitHistory history, string? expectedETag, CancellationToken cancellationToken = default);
}
