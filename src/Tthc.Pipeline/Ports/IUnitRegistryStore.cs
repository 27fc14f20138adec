using Tthc.Core.Units;

namespace Tthc.Pipeline.Ports;

/// <summary>Where provinces' unit registry files (CONTRACTS.md CSV) are kept.</summary>
public interface IUnitRegistryStore
{
    /// <summary>The registry made of every stored file (cached while the files are unchanged).</summary>
    Task<UnitRegistry> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>The text of one stored registry file (a province's registry), or null.</summary>
    Task<string?> GetFileAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Stores (or replaces) a registry file after checking it parses.</summary>
    Task SaveAsync(string name, string csvText, CancellationToken cancellationToken = default);
}
