using System.Collections.Concurrent;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IUnitRegistryStore"/> port in memory: registry files by name, parsed as the blob store does.</summary>
internal sealed class InMemoryUnitRegistryStore : IUnitRegistryStore
{
    private readonly ConcurrentDictionary<string, string> files = new(StringComparer.Ordinal);

    public Task<UnitRegistry> GetAsync(CancellationToken cancellationToken = default)
        => Task.FromResult(new UnitRegistry(files.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => UnitRegistryCsv.Parse(f.Value, f.Key + ".csv"))));

    public Task<string?> GetFileAsync(string name, CancellationToken cancellationToken = default)
        => Task.FromResult(files.TryGetValue(name, out var text) ? text : null);

    public Task SaveAsync(string name, string csvText, CancellationToken cancellationToken = default)
    {
        UnitRegistryCsv.Parse(csvText, name + ".csv");
        files[name] = csvText;
        return Task.CompletedTask;
    }
}
