using Tthc.Core.Text;

namespace Tthc.Core.Units;

/// <summary>
/// The time-versioned unit registry: which units exist, where they belong on a given date, and
/// which unit a written name means (OCR-tolerant, diacritic-insensitive, with aliases).
/// </summary>
public sealed class UnitRegistry
{
    private readonly Dictionary<string, List<UnitRecord>> byCode;
    private readonly Dictionary<string, HashSet<string>> codesByKey;

    /// <summary>Creates a registry from records (several rows per unit for re-parenting).</summary>
    public UnitRegistry(IEnumerable<UnitRecord> records, ProvinceMap? provinces = null)
    {
        Provinces = provinces ?? ProvinceMap.Default;
        Records = [.. records];
        byCode = Records.GroupBy(r => r.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        codesByKey = new(StringComparer.Ordinal);
        foreach (var r in Records)
        {
            foreach (var name in r.Aliases.Prepend(r.Name))
            {
                var key = VietnameseText.NameKey(name);
                if (!codesByKey.TryGetValue(key, out var set))
                {
                    codesByKey[key] = set = new(StringComparer.Ordinal);
                }

                set.Add(r.Code);
            }
        }
    }

    /// <summary>An empty registry (built-in provinces only).</summary>
    public static UnitRegistry Empty { get; } = new([]);

    /// <summary>The built-in province reference data.</summary>
    public ProvinceMap Provinces { get; }

    /// <summary>All rows.</summary>
    public IReadOnlyList<UnitRecord> Records { get; }

    /// <summary>Whether the registry has any row for <paramref name="code"/>.</summary>
    public bool Contains(string code) => byCode.ContainsKey(code);

    /// <summary>The unit's row in force on <paramref name="date"/>, or null if it did not exist then.</summary>
    public UnitRecord? Find(string code, DateOnly date)
        => byCode.TryGetValue(code, out var rows) ? rows.FirstOrDefault(r => r.IsValidOn(date)) : null;

    /// <summary>
    /// The units expected to report to <paramref name="province"/> for a period ending on <paramref name="date"/>:
    /// departments, districts and communes in force then (not the province itself).
    /// </summary>
    public IReadOnlyList<UnitRecord> ReportingUnits(string province, DateOnly date)
        => [.. Records.Where(r => r.Level != UnitLevel.Province && r.Province == province && r.IsValidOn(date))
            .DistinctBy(r => r.Code)
            .OrderBy(r => r.Code, StringComparer.Ordinal)];

    /// <summary>
    /// Units whose name or alias matches <paramref name="name"/> on <paramref name="date"/>. When the written name
    /// states a level by its prefix ("Huyện Đông Hưng", "Xã Đông Hưng"), only units of that level match: the
    /// matching key drops those prefixes, and after 2025 many communes carry a former district's name.
    /// </summary>
    public IReadOnlyList<UnitRecord> Match(string name, DateOnly date)
    {
        var key = VietnameseText.NameKey(name);
        var stated = UnitLevels.StatedBy(name);
        return codesByKey.TryGetValue(key, out var codes)
            ? [.. codes.Select(c => Find(c, date)).OfType<UnitRecord>().Where(u => stated is null || u.Level == stated)]
            : [];
    }
}
