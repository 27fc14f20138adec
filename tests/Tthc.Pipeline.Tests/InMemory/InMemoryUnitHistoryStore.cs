using Tthc.Core.Submissions;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IUnitHistoryStore"/> port in memory, with ETag semantics.</summary>
internal sealed class InMemoryUnitHistoryStore : IUnitHistoryStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (UnitHistory History, string ETag)> units = new(StringComparer.Ordinal);
    private int tags;

    public Task<(UnitHistory History, string? ETag)> GetAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(units.TryGetValue(unitCode, out var h) ? (h.History, (string?)h.ETag) : (UnitHistory.Empty, null));
        }
    }

    public Task SaveAsync(string unitCode, UnitHistory history, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var exists = units.TryGetValue(unitCode, out var current);
            if (expectedETag is null ? exists : !exists || current.ETag != expectedETag)
            {
                throw new WriteConflictException($"The history of {unitCode} changed.");
            }

            units[unitCode] = (history, $"h{++tags}");
            return Task.CompletedTask;
        }
    }
}
