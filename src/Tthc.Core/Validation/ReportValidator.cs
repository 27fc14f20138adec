using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Validation;

/// <summary>Runs every validation rule on a parsed report and returns the report with their findings added.</summary>
/// <remarks>
/// The bounds rule sees every value; the other rules see only the values within their bounds, so a count of 10²⁸
/// is one bounds error, never an overflow in a sum. Should a rule's arithmetic overflow all the same, that is an
/// error finding of the rule (<c>arithmetic.overflow</c>), never an exception.
/// </remarks>
public sealed class ReportValidator(IndicatorCatalog catalog, IEnumerable<IValidationRule> rules)
{
    private readonly IReadOnlyList<IValidationRule> rules = [.. rules];

    /// <summary>
    /// A validator with the rules of DOMAIN.md, "Consistency rules", as the catalog declares them: bounds, the
    /// hard identities of <see cref="IndicatorCatalog.HardIdentities"/> and part ≤ total (errors), the soft identities
    /// of <see cref="IndicatorCatalog.SoftIdentities"/> and outliers against the unit's history (warnings).
    /// </summary>
    public static ReportValidator CreateDefault(IndicatorCatalog catalog) => new(
        catalog,
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
        var inRange = report.Indicators.All(v => catalog.IsInRange(v.Code, v.Value))
            ? report
            : report with { Indicators = [.. report.Indicators.Where(v => catalog.IsInRange(v.Code, v.Value))] };
        var past = (history ?? []).Select(catalog.InRange).ToList();
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            try
            {
                findings.AddRange(rule.Check(rule is RangeRule ? report : inRange, past));
            }
            catch (OverflowException)
            {
                findings.Add(Finding.Error("arithmetic.overflow", $"{report.File}: {rule.Name}: số quá lớn để tính / the numbers are too large to compute."));
            }
        }

        return findings.Count == 0 ? report : report with { Findings = [.. report.Findings, .. findings] };
    }
}
