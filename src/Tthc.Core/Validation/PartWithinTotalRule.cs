using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Validation;

/// <summary>Every part of an identity is at most its total (an error): e.g. late ≤ resolved, online ≤ received.</summary>
public sealed class PartWithinTotalRule(IReadOnlyList<Identity> identities, IndicatorCatalog catalog) : IValidationRule
{
    /// <inheritdoc />
    public string Name => "part ≤ total";

    /// <summary>Always an error.</summary>
    public Severity Severity => Severity.Error;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ParsedReport report, IReadOnlyList<IReadOnlyDictionary<string, decimal>> history)
    {
        var values = FindingText.ByCode(report);
        foreach (var identity in identities)
        {
            if (!values.TryGetValue(identity.Total, out var total))
            {
                continue;
            }

            foreach (var code in identity.Terms.SelectMany(t => t.Codes).Distinct(StringComparer.Ordinal))
            {
                if (values.TryGetValue(code, out var part) && part.Value > total.Value)
                {
                    yield return Finding.Error(
                        $"{code} ≤ {identity.Total}",
                        $"{FindingText.Location(report, part)}: {FindingText.Named(catalog, code)} = {FindingText.Vi(catalog, code, part.Value)}"
                        + $" lớn hơn tổng {FindingText.Named(catalog, identity.Total)} = {FindingText.Vi(catalog, identity.Total, total.Value)}"
                        + $" / {FindingText.Short(code)} ({FindingText.En(part.Value)}) exceeds its total {FindingText.Short(identity.Total)} ({FindingText.En(total.Value)})",
                        [code, identity.Total],
                        part.Evidence?.Line);
                }
            }
        }
    }
}
