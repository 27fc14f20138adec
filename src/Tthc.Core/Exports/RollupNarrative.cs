using System.Globalization;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;

namespace Tthc.Core.Exports;

/// <summary>
/// Drafts the results paragraphs of a province's report from its rollup, in the words reports use:
/// "Tổng số hồ sơ đã tiếp nhận: 267.922 hồ sơ; trong đó: số hồ sơ từ kỳ trước chuyển sang: 1.730 hồ sơ; …".
/// The catalog decides everything: each indicator with a draft paragraph heads a sentence (a count lists its parts,
/// from its hard identity; a rate or score says how it was made), in catalog order; completeness comes last.
/// Whatever the rollup lacks is left out.
/// </summary>
public sealed class RollupNarrative(IndicatorCatalog catalog)
{
    /// <summary>The draft, paragraphs separated by a line break.</summary>
    public string Compose(Rollup rollup)
    {
        var paragraphs = catalog.All
            .Where(d => d.Draft.Paragraph is not null)
            .GroupBy(d => d.Draft.Paragraph!.Value)
            .OrderBy(g => g.Key)
            .Select(g => Join([.. g.Select(d => d.Kind == IndicatorKind.Count ? Sentence(rollup, d) : Rate(rollup, d))]))
            .Append(Completeness(rollup));
        return string.Join('\n', paragraphs.Where(p => p is not null));
    }

    private string? Sentence(Rollup rollup, IndicatorDefinition total)
    {
        var present = Parts(rollup, total)
            .Where(code => rollup.Get(code) is not null)
            .Select(code => $"{catalog[code].Phrase}: {total.WithUnit(rollup.Get(code)!.Value)}")
            .ToList();
        if (rollup.Get(total.Code) is { } value)
        {
            return $"{total.Phrase}: {total.WithUnit(value.Value)}" + (present.Count == 0 ? "." : $"; trong đó: {string.Join("; ", present)}.");
        }

        return present.Count == 0 ? null : $"{total.Phrase}: {string.Join("; ", present)}.";
    }

    private static IEnumerable<string> Parts(Rollup rollup, IndicatorDefinition total)
    {
        // A term given as its stand-ins (early, on time) is named by them; by its own name only when none is there.
        var identity = total.Sums.FirstOrDefault(i => i.Severity == Validation.Severity.Error);
        foreach (var term in identity?.Terms ?? [])
        {
            foreach (var code in term.Instead ?? [])
            {
                yield return code;
            }

            if (term.Instead is null || term.Instead.All(c => rollup.Get(c) is null))
            {
                yield return term.Code;
            }
        }
    }

    private static string? Rate(Rollup rollup, IndicatorDefinition definition)
    {
        if (rollup.Get(definition.Code) is not { } value)
        {
            return null;
        }

        var how = value.Method switch
        {
            RollupMethod.Mean when value.Min is { } min && value.Max is { } max
                => string.Create(CultureInfo.InvariantCulture, $" (trung bình của {value.Contributors.Count} đơn vị; thấp nhất {definition.WithUnit(min)}, cao nhất {definition.WithUnit(max)})"),
            RollupMethod.Mean => string.Create(CultureInfo.InvariantCulture, $" (trung bình của {value.Contributors.Count} đơn vị)"),
            _ => string.Empty,
        };
        return $"{definition.Phrase}: {definition.WithUnit(value.Value)}{how}.";
    }

    private static string? Completeness(Rollup rollup)
    {
        if (rollup.ExpectedUnits == 0)
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        var text = rollup.MissingUnits.Count == 0
            ? string.Create(inv, $"Tất cả {rollup.ExpectedUnits} đơn vị đã gửi báo cáo")
            : string.Create(inv, $"Có {rollup.ReportedUnits}/{rollup.ExpectedUnits} đơn vị đã gửi báo cáo; chưa báo cáo: {string.Join(", ", rollup.MissingUnits.Select(u => u.Name))}");
        var late = rollup.LateUnits.Count == 0 ? string.Empty : $"; báo cáo sau hạn: {string.Join(", ", rollup.LateUnits.Select(u => u.Name))}";
        return text + late + ".";
    }

    private static string? Join(IReadOnlyList<string?> sentences)
    {
        var present = sentences.Where(s => s is not null).ToList();
        return present.Count == 0 ? null : string.Join(' ', present);
    }
}
