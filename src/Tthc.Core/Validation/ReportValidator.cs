using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Validation;

/// <summary>Runs every validation rule on a parsed report and returns the report with their findings added.</summary>
public sealed class ReportValidator(IEnumerable<IValidationRule> rules)
{
    private readonly IReadOnlyList<IValidationRule> rules = [.. rules];

    /// <summary>
    /// A validator with the rules of DOMAIN.md, "Consistency rules", as the catalog declares them: bounds, the
    /// hard identities of <see cref="IndicatorCatalog.HardIdentities"/> and part ≤ total (errors), the soft identities
    /// of <see cref="IndicatorCatalog.SoftIdentities"/> and outliers against the unit's history (warnings).
    /// </summary>
    public static ReportValidator CreateDefault(IndicatorCatalog catalog) => new(
    [
        new RangeRule(catalog),
        .. catalog.HardIdentities.Select(i => new IdentityRule(i, catalog)),
        new PartWithinTotalRule(catalog.HardIdentities, catalog),
        .. catalog.SoftIdentities.Select(i => new IdentityRule(i, catalog)),
        new OutlierRule(catalog),
    ]);

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<IValidationRule> Rules => rules;

    /// <summary>Validates <paramref name="report"/>; <paramref name="history"/> is the unit's earlier periods, oldest first.</summary>
    public ParsedReport Validate(ParsedReport report, IReadOnlyList<IReadOnlyDictionary<string, decimal>>? history = null)
    {
        history ??= [];
        var findings = rules.SelectMany(r => r.Check(report, history)).ToList();
        return findings.Count == 0 ? report : report with { Findings = [.. report.Findings, .. findings] };
    }
}
