using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Validation;

/// <summary>
/// A warning for a value far outside the unit's own history. With at least <c>minimumHistory</c> earlier values
/// of the indicator, the value is flagged when it is both more than <c>madFactor</c>·1.4826·MAD from the median
/// and more than <c>factorLimit</c> times (or less than 1/<c>factorLimit</c> of) the median; or, whatever the
/// spread, more than <c>ratioLimit</c> times (or less than 1/<c>ratioLimit</c> of) the median. Differences under
/// 10 (dossiers, or points) never count. The defaults are conservative: ordinary growth (+15 %, even +80 %) is not flagged.
/// </summary>
/// <param name="catalog">The indicator catalog (labels, kinds).</param>
/// <param name="minimumHistory">Earlier values needed before judging.</param>
/// <param name="madFactor">How many robust standard deviations (1.4826·MAD) away counts as far.</param>
/// <param name="factorLimit">How many times the median (either way) a value must be before the spread test counts.</param>
/// <param name="ratioLimit">Ratio to the median beyond which a value is flagged whatever the spread.</param>
public sealed class OutlierRule(
    IndicatorCatalog catalog,
    int minimumHistory = 3,
    decimal madFactor = 5m,
    decimal factorLimit = 2m,
    decimal ratioLimit = 10m) : IValidationRule
{
    // Differences smaller than this never count (10 dossiers, or 10 percentage points / index points).
    private const decimal AbsoluteFloor = 10m;

    /// <inheritdoc />
    public string Name => "outlier";

    /// <summary>Always a warning.</summary>
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ParsedReport report, IReadOnlyList<IReadOnlyDictionary<string, decimal>> history)
    {
        foreach (var value in FindingText.ByCode(report).Values)
        {
            var earlier = history.Where(h => h.ContainsKey(value.Code)).Select(h => h[value.Code]).ToList();
            if (earlier.Count < minimumHistory)
            {
                continue;
            }

            var median = Median(earlier);
            var mad = Median([.. earlier.Select(x => Math.Abs(x - median))]);
            var deviation = Math.Abs(value.Value - median);
            var farFromSpread = deviation > madFactor * 1.4826m * mad && (median <= 0 || Beyond(value.Value, median, factorLimit));
            if (deviation <= AbsoluteFloor || !(farFromSpread || (median > 0 && Beyond(value.Value, median, ratioLimit))))
            {
                continue;
            }

            var ratio = median > 0 ? decimal.Round(value.Value / median, 2) : (decimal?)null;
            var viRatio = ratio is { } r ? $", bằng {VietnameseNumber.Format(r, IndicatorKind.Rate)} lần trung vị" : string.Empty;
            var enRatio = ratio is { } e ? $", {FindingText.En(e)}× the median" : string.Empty;
            yield return Finding.Warning(
                Name,
                $"{FindingText.Location(report, value)}: {FindingText.Named(catalog, value.Code)} = {FindingText.Vi(catalog, value.Code, value.Value)}"
                + $" khác xa các kỳ trước của đơn vị (trung vị {FindingText.Vi(catalog, value.Code, median)} của {earlier.Count} kỳ{viRatio})"
                + $" / {FindingText.Short(value.Code)} = {FindingText.En(value.Value)} is far outside the unit's history (median {FindingText.En(median)} over {earlier.Count} periods{enRatio})",
                [value.Code],
                value.Evidence?.Line);
        }
    }

    private static bool Beyond(decimal value, decimal median, decimal factor) => value > factor * median || value * factor < median;

    private static decimal Median(List<decimal> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
