using Microsoft.Extensions.Options;
using Tthc.Core;
using Tthc.Core.Access;
using Tthc.Core.Units;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Registry;

/// <summary>Loads a province's unit registry file (CONTRACTS.md CSV) into the system, replacing that province's previous one.</summary>
public sealed class ImportUnitRegistry(IUnitRegistryStore store, IAuditLog audit, IOptions<RegistryOptions> options, TimeProvider time)
{
    /// <summary>
    /// Checks <paramref name="csvText"/> (every row must belong to <paramref name="province"/>), stores it as that province's
    /// registry and records the load in the audit log; returns how many rows it holds.
    /// </summary>
    /// <exception cref="InputFormatException">The file is not a registry of <paramref name="province"/>.</exception>
    /// <exception cref="RegistryConflictException">
    /// A unit code would belong to two provinces at once (the rows are named), or the load drops more than
    /// <see cref="RegistryOptions.MaxDropShare"/> of the province's units and <paramref name="confirm"/> is false.
    /// </exception>
    public async Task<int> ExecuteAsync(Caller by, string province, string csvText, bool confirm = false, CancellationToken cancellationToken = default)
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

        var current = await store.GetAsync(cancellationToken);
        var conflicts = rows
            .SelectMany(r => current.Records.Where(o => o.Province != province && o.Code == r.Code && Overlap(r, o)).Select(o => (New: r, Other: o)))
            .ToList();
        if (conflicts.Count > 0)
        {
            throw new RegistryConflictException(
                "Mã đơn vị đã thuộc tỉnh khác trong cùng thời gian / unit codes that belong to another province for the same time: "
                + string.Join("; ", conflicts.Take(20).Select(c => $"{c.New.Code} ({Window(c.New)}) thuộc / belongs to {c.Other.Province} ({Window(c.Other)})")) + ".");
        }

        var before = current.Records.Where(r => r.Province == province).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var dropped = before.Except(rows.Select(r => r.Code), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!confirm && before.Count > 0 && dropped.Count > before.Count * options.Value.MaxDropShare)
        {
            throw new RegistryConflictException(
                $"Danh mục mới bỏ {dropped.Count}/{before.Count} đơn vị ({string.Join(", ", dropped.Take(10))}{(dropped.Count > 10 ? ", …" : string.Empty)}); "
                + $"gửi lại với ?confirm=true nếu đúng / the new registry drops {dropped.Count} of {before.Count} units (more than {options.Value.MaxDropShare:P0}); send it again with ?confirm=true if that is intended.");
        }

        await store.SaveAsync(province, csvText, cancellationToken);
        await audit.AppendAsync(AuditEntry.By(by, time.GetUtcNow(), AuditActions.RegistryLoad, province, $"registry/{province}", $"{before.Count} units", $"{rows.Select(r => r.Code).Distinct().Count()} units{(dropped.Count > 0 ? $", dropped {string.Join(" ", dropped)}" : string.Empty)}"), cancellationToken);
        return rows.Count;
    }

    private static bool Overlap(UnitRecord a, UnitRecord b)
        => (a.ValidFrom ?? DateOnly.MinValue) <= (b.ValidTo ?? DateOnly.MaxValue) && (b.ValidFrom ?? DateOnly.MinValue) <= (a.ValidTo ?? DateOnly.MaxValue);

    private static string Window(UnitRecord r) => $"{r.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}..{r.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}";
}
