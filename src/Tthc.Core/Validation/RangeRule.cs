using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Validation;

/// <summary>Counts are whole and ≥ 0; rates and scores are within 0–100.</summary>
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
                var expected = definition.Kind == IndicatorKind.Count ? "số nguyên ≥ 0 / a whole number ≥ 0" : "từ 0 đến 100 / within 0–100";
                yield return Finding.Error(
                    Name,
                    $"{report.File}{LineText(value)}: \"{definition.Label}\" ({value.Code}) = {value.Value} phải là {expected}.",
                    [value.Code],
                    value.Evidence?.Line);
            }
        }
    }

    private static string LineText(ExtractedValue value) => value.Evidence is null ? string.Empty : $", dòng {value.Evidence.Line}";
}
