using System.Collections.Concurrent;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IAuditLog"/> port in memory: appended entries, queried as the table adapter does.</summary>
internal sealed class InMemoryAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditEntry> entries = new();

    public IReadOnlyList<AuditEntry> Entries => [.. entries];

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        entries.Enqueue(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> QueryAsync(string? province, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<AuditEntry>>([.. entries
            .Where(e => (province is null || e.Province == province) && (from is null || e.At >= from) && (to is null || e.At <= to))
            .OrderBy(e => e.At)]);
}
