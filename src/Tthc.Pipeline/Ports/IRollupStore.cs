using Tthc.Core.Rollups;

namespace Tthc.Pipeline.Ports;

/// <summary>The <c>Rollups</c> table: one entity per province-period, written with ETag concurrency.</summary>
public interface IRollupStore
{
    /// <summary>Gets the stored rollup, or null.</summary>
    Task<StoredRollup?> GetAsync(string province, string period, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a rollup (with the province's own values, if any) if the stored one still has <paramref name="expectedETag"/>
    /// (null: none may exist yet); throws <see cref="WriteConflictException"/> otherwise.
    /// </summary>
    Task SaveAsync(Rollup rollup, IReadOnlyDictionary<string, decimal>? provinceValues, string? sourceVersion, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>The source version of every stored rollup, keyed by <c>{province}|{period}</c>.</summary>
    Task<IReadOnlyDictionary<string, string?>> ListSourceVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Records that rebuilding the province-period failed (beside its rollup, which stays as it was).</summary>
    Task RecordFailureAsync(RollupFailure failure, CancellationToken cancellationToken = default);

    /// <summary>The recorded failure of the province-period, or null.</summary>
    Task<RollupFailure?> GetFailureAsync(string province, string period, CancellationToken cancellationToken = default);

    /// <summary>Removes the recorded failure of the province-period, if any.</summary>
    Task ClearFailureAsync(string province, string period, CancellationToken cancellationToken = default);
}
