using System.Globalization;
using Tthc.Core.Text;

namespace Tthc.Core.Units;

/// <summary>
/// Built-in reference data: the 63 provinces in force until 2025-06-30 and the 34 from 2025-07-01, with
/// the merger mapping (National Assembly Resolution 202/2025/QH15).
/// </summary>
public sealed class ProvinceMap
{
    /// <summary>The date the 2025 reform took effect.</summary>
    public static readonly DateOnly ReformDate = new(2025, 7, 1);

    private readonly Dictionary<string, Province> byCode;
    private readonly Dictionary<string, string> codeByKey;

    private ProvinceMap(IReadOnlyList<Province> provinces)
    {
        All = provinces;
        byCode = provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        codeByKey = new(StringComparer.Ordinal);
        foreach (var p in provinces)
        {
            codeByKey.TryAdd(VietnameseText.NameKey(p.Name), p.Code);
            codeByKey.TryAdd(p.Code.Replace("-", string.Empty, StringComparison.Ordinal), p.Code);
        }

        codeByKey.TryAdd("thuathienhue", "thua-thien-hue");
        codeByKey.TryAdd("hochiminh", "ho-chi-minh");
        codeByKey.TryAdd("tphcm", "ho-chi-minh");
        codeByKey.TryAdd("hcm", "ho-chi-minh");
        codeByKey.TryAdd("bariavungtau", "ba-ria-vung-tau");
    }

    /// <summary>A province of the reference data.</summary>
    /// <param name="Code">ASCII slug code.</param>
    /// <param name="Name">Vietnamese name.</param>
    /// <param name="ValidFrom">First day in force (null = before the data).</param>
    /// <param name="ValidTo">Last day in force (null = still in force).</param>
    /// <param name="Successor">The province it merged into, if it did.</param>
    public sealed record Province(string Code, string Name, DateOnly? ValidFrom, DateOnly? ValidTo, string? Successor)
    {
        /// <summary>Whether the province exists on <paramref name="date"/>.</summary>
        public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
    }

    /// <summary>The built-in map, read once from the embedded reference file.</summary>
    public static ProvinceMap Default { get; } = Load();

    /// <summary>Every province, old and new.</summary>
    public IReadOnlyList<Province> All { get; }

    /// <summary>Provinces in force on a date (63 before the reform, 34 from it).</summary>
    public IEnumerable<Province> On(DateOnly date) => All.Where(p => p.IsValidOn(date));

    /// <summary>Finds a province by code.</summary>
    public Province? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Matches a written province name ("TINH HUNG YEN", "Hung Yén") to its code.</summary>
    public string? Match(string name)
    {
        var key = VietnameseText.NameKey(name);
        return codeByKey.GetValueOrDefault(key);
    }

    /// <summary>The province that <paramref name="code"/> is, or became, on <paramref name="date"/>.</summary>
    public string SuccessorOn(string code, DateOnly date)
    {
        var current = code;
        for (var guard = 0; guard < 4 && byCode.TryGetValue(current, out var p) && !p.IsValidOn(date) && p.Successor is not null && p.ValidTo < date; guard++)
        {
            current = p.Successor;
        }

        return current;
    }

    private static ProvinceMap Load()
    {
        using var stream = typeof(ProvinceMap).Assembly.GetManifestResourceStream("provinces.csv")
            ?? throw new InvalidOperationException("The embedded province reference data is missing.");
        using var reader = new StreamReader(stream);
        var text = string.Join('\n', reader.ReadToEnd().Split('\n').Where(l => !l.StartsWith('#')));
        var provinces = CsvText.Read(text).Skip(1).Select(r => new Province(
            r.Fields[0],
            r.Fields[1],
            Date(r.Fields[2]),
            Date(r.Fields[3]),
            r.Fields[4].Length == 0 ? null : r.Fields[4])).ToList();
        return new ProvinceMap(provinces);

        static DateOnly? Date(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
