using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Validation;

/// <summary>Every value within its indicator's bounds (catalog): counts whole, 0 … 10⁹; rates and scores 0–100.</summary>
public sealed class RangeRule(IndicatorCatalog catalog) : IValidationRule
{
    /// <inheritdoc />
    public string Name => "range";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ParsedReport report, IReadOnlyList<IReadOnlyDictionary<string, decimal>> history)
    {
        foreach (var value in report.Indicators)
        {
            if (catalog.TryGet(value.Code, out var definition) && !definition.IsInRange(value.Value))
            {
                var expected = Expected(definition.Bounds);
                yield return Finding.Error(
                    Name,
                    $"{report.File}{LineText(value)}: \"{definition.Label}\" ({value.Code}) = {value.Value} phải là {expected}.",
                    [value.Code],
                    value.Evidence?.Line);
            }
        }
    }

    private static string Expected(IndicatorBounds b)
    {
        var vi = $"từ {VietnameseNumber.Format(b.Min, IndicatorKind.Count)} đến {VietnameseNumber.Format(b.Max, IndicatorKind.Count)}";
        var en = $"within {FindingText.En(b.Min)}–{FindingText.En(b.Max)}";
        return b.Whole ? $"số nguyên {vi} / a whole number {en}" : $"{vi} / {en}";
    }

    private static string LineText(ExtractedValue value) => value.Evidence is null ? string.Empty : $", {value.Evidence.Location}";
}
