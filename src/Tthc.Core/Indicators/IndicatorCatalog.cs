using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Tthc.Core.Periods;
using Tthc.Core.Validation;

namespace Tthc.Core.Indicators;

/// <summary>
/// The indicator catalog: every code the system knows, in report order, with the vocabulary its label families
/// are written in. The built-in one is <c>catalog.json</c> (<see cref="IndicatorCatalogFile.ReadBuiltIn"/>); hosts
/// register one instance and every type receives it, so a test can run the whole pipeline on another.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly FrozenDictionary<string, IndicatorDefinition> byCode;
    private readonly FrozenDictionary<string, int> order;
    private readonly FrozenDictionary<string, FrozenSet<string>> partsOf;

    /// <summary>Creates a catalog; throws <see cref="InputFormatException"/> when a definition refers to a code, subject or action it does not have.</summary>
    public IndicatorCatalog(IEnumerable<IndicatorDefinition> definitions, ReadingVocabulary reading, PeriodBounds? periods = null)
    {
        All = [.. definitions];
        Reading = reading;
        Periods = periods ?? PeriodBounds.Default;
        var duplicate = All.GroupBy(d => d.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid($"mã '{duplicate.Key}' khai báo hai lần / code '{duplicate.Key}' is declared twice.");
        }

        byCode = All.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
        order = All.Select((d, i) => (d.Code, i)).ToFrozenDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        HardIdentities = [.. All.SelectMany(d => d.Sums).Where(i => i.Severity == Severity.Error)];
        SoftIdentities = [.. All.SelectMany(d => d.Sums).Where(i => i.Severity != Severity.Error)];
        partsOf = HardIdentities.GroupBy(i => i.Total, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(i => i.PartCodes).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        Verify();
    }

    /// <summary>All definitions, in catalog order.</summary>
    public IReadOnlyList<IndicatorDefinition> All { get; }

    /// <summary>The vocabulary the label families are written in.</summary>
    public ReadingVocabulary Reading { get; }

    /// <summary>The periods a report may be for (catalog <c>periods</c>).</summary>
    public PeriodBounds Periods { get; }

    /// <summary>Whether <paramref name="code"/> is in the catalog and <paramref name="value"/> within its bounds.</summary>
    public bool IsInRange(string code, decimal value) => byCode.TryGetValue(code, out var d) && d.IsInRange(value);

    /// <summary>The values of <paramref name="values"/> the catalog knows and that are within their bounds; the others are left out.</summary>
    public IReadOnlyDictionary<string, decimal> InRange(IReadOnlyDictionary<string, decimal> values)
        => values.All(kv => IsInRange(kv.Key, kv.Value)) ? values : values.Where(kv => IsInRange(kv.Key, kv.Value)).ToDictionary(StringComparer.Ordinal);

    /// <summary>The hard identities (errors), in catalog order of their totals.</summary>
    public IReadOnlyList<Identity> HardIdentities { get; }

    /// <summary>The soft identities (warnings), in catalog order of their totals.</summary>
    public IReadOnlyList<Identity> SoftIdentities { get; }

    /// <summary>Finds a definition by code.</summary>
    public bool TryGet(string code, [NotNullWhen(true)] out IndicatorDefinition? definition)
        => byCode.TryGetValue(code, out definition);

    /// <summary>Gets a definition by code, or throws for an unknown code.</summary>
    public IndicatorDefinition this[string code]
        => byCode.TryGetValue(code, out var d) ? d : throw new KeyNotFoundException($"Unknown indicator code '{code}'.");

    /// <summary>The definition of a code, or <see cref="IndicatorDefinition.Unknown"/> for a code the catalog lacks.</summary>
    public IndicatorDefinition Describe(string code) => byCode.TryGetValue(code, out var d) ? d : IndicatorDefinition.Unknown(code);

    /// <summary>The position of a code in catalog order; unknown codes come last.</summary>
    public int IndexOf(string code) => order.TryGetValue(code, out var i) ? i : int.MaxValue;

    /// <summary>Whether <paramref name="part"/> is a part of <paramref name="total"/> in a hard identity (directly, or standing in for one).</summary>
    public bool IsPartOf(string part, string total) => partsOf.TryGetValue(total, out var parts) && parts.Contains(part);

    private void Verify()
    {
        var subjects = Reading.Subjects.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var actions = Reading.Actions.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in Reading.Subjects.SelectMany(s => s.Actions).Concat(Reading.Actions.Select(a => a.ContinuesAs)).OfType<string>())
        {
            Require(actions.Contains(name), $"hành động '{name}' không có / unknown action '{name}'");
        }

        foreach (var d in All)
        {
            foreach (var code in d.Sums.SelectMany(i => i.PartCodes).Concat(d.Rollup.Codes))
            {
                Require(byCode.ContainsKey(code), $"{d.Code}: mã '{code}' không có trong danh mục / refers to unknown code '{code}'");
            }

            Require(d.Rollup.Method != Rollups.RollupMethod.Ratio || (d.Rollup.Numerator.Count > 0 && d.Rollup.Denominator.Count > 0), $"{d.Code}: tỷ lệ cần tử số và mẫu số / a ratio needs a numerator and a denominator");
            foreach (var f in d.Reading.Families)
            {
                Require(f.Subject is null || subjects.ContainsKey(f.Subject), $"{d.Code}: chủ thể '{f.Subject}' không có / unknown subject '{f.Subject}'");
                Require(f.NotSubject is null || subjects.ContainsKey(f.NotSubject), $"{d.Code}: chủ thể '{f.NotSubject}' không có / unknown subject '{f.NotSubject}'");
                Require(f.Action is null || (f.Subject is { } s && subjects[s].Actions.Contains(f.Action)), $"{d.Code}: hành động '{f.Action}' không dùng cho '{f.Subject}' / action '{f.Action}' is not read for subject '{f.Subject}'");
            }
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message + ".");
        }
    }

    private static InputFormatException Invalid(string message) => new(IndicatorCatalogFile.BuiltInName, null, message);
}
