using Tthc.Pipeline.Audit;

namespace Tthc.Pipeline.Ports;

/// <summary>The append-only <c>Audit</c> table: entries are added, never changed or removed.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries of <paramref name="province"/> (all provinces when null) between <paramref name="from"/> and <paramref name="to"/> (inclusive, open when null), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(string? province, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default);
}
