using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Validation;

/// <summary>
/// Checks one <see cref="Identity"/> (total = sum of terms) and reports, with the identity's severity, the
/// total, the terms, their sum and the difference. Silent when the total or a required term is absent.
/// </summary>
public sealed class IdentityRule(Identity identity, IndicatorCatalog catalog) : IValidationRule
{
    /// <summary>The identity checked.</summary>
    public Identity Identity => identity;

    /// <inheritdoc />
    public string Name => identity.Name;

    /// <summary>Error for a hard identity, warning for a soft one.</summary>
    public Severity Severity => identity.Severity;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ParsedReport report, IReadOnlyList<IReadOnlyDictionary<string, decimal>> history)
    {
        var values = FindingText.ByCode(report);
        if (!values.TryGetValue(identity.Total, out var total))
        {
            return [];
        }

        var parts = new List<ExtractedValue>();
        foreach (var term in identity.Terms)
        {
            if (values.TryGetValue(term.Code, out var value))
            {
                parts.Add(value);
            }
            else if (term.Instead is { } instead && instead.All(values.ContainsKey))
            {
                parts.AddRange(instead.Select(c => values[c]));
            }
            else if (!term.MayBeAbsent(report.Period?.End))
            {
                return [];
            }
        }

        var sum = parts.Sum(p => p.Value);
        if (parts.Count == 0 || sum == total.Value)
        {
            return [];
        }

        var difference = Math.Abs(total.Value - sum);
        var vi = $"{FindingText.Location(report, total)}: {FindingText.Named(catalog, total.Code)} = {FindingText.Vi(catalog, total.Code, total.Value)}"
            + $" ≠ {string.Join(" + ", parts.Select(p => FindingText.Vi(catalog, p.Code, p.Value)))} = {FindingText.Vi(catalog, total.Code, sum)}"
            + $" (chênh {FindingText.Vi(catalog, total.Code, difference)})";
        var en = $"{FindingText.Short(total.Code)} ≠ {string.Join(" + ", parts.Select(p => FindingText.Short(p.Code)))} (difference {FindingText.En(difference)})";
        return [new Finding(identity.Severity, Name, $"{vi} / {en}", [total.Code, .. parts.Select(p => p.Code)], total.Evidence?.Line)];
    }
}
