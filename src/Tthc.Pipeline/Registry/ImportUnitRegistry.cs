using Tthc.Core;
using Tthc.Core.Access;
using Tthc.Core.Units;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Registry;

/// <summary>Loads a province's unit registry file (CONTRACTS.md CSV) into the system, replacing that province's previous one.</summary>
public sealed class ImportUnitRegistry(IUnitRegistryStore store, IAuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Checks <paramref name="csvText"/> (every row must belong to <paramref name="province"/>), stores it as that province's
    /// registry and records the load in the audit log; returns how many rows it holds.
    /// </summary>
    /// <exception cref="InputFormatException">The file is not a registry of <paramref name="province"/>.</exception>
    public async Task<int> ExecuteAsync(Caller by, string province, string csvText, CancellationToken cancellationToken = default)
    {
        var rows = UnitRegistryCsv.Parse(csvText, province + ".csv");
        var foreign = rows.Where(r => r.Province != province).Select(r => r.Code).Distinct().ToList();
        if (foreign.Count > 0)
        {
            throw new InputFormatException(
                province + ".csv",
                null,
                $"đơn vị không thuộc {province}: {string.Join(", ", foreign.Take(10))} / rows of another province (each province loads its own registry).");
        }

        var before = (await store.GetAsync(cancellationToken)).Records.Count(r => r.Province == province);
        await store.SaveAsync(province, csvText, cancellationToken);
        await audit.AppendAsync(AuditEntry.By(by, time.GetUtcNow(), AuditActions.RegistryLoad, province, $"registry/{province}", $"{before} rows", $"{rows.Count} rows"), cancellationToken);
        return rows.Count;
    }
}
