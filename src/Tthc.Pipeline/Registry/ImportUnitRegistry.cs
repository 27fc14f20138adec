using Tthc.Core.Units;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Registry;

/// <summary>Loads a province's unit registry file (CONTRACTS.md CSV) into the system.</summary>
public sealed class ImportUnitRegistry(IUnitRegistryStore store)
{
    /// <summary>Checks and stores <paramref name="csvText"/> under <paramref name="name"/>; returns how many rows it holds.</summary>
    public async Task<int> ExecuteAsync(string name, string csvText, CancellationToken cancellationToken = default)
    {
        var rows = UnitRegistryCsv.Parse(csvText, name);
        await store.SaveAsync(name, csvText, cancellationToken);
        return rows.Count;
    }
}
