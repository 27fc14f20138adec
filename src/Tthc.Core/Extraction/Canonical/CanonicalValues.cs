using Tthc.Core.Indicators;
using Tthc.Core.Validation;

namespace Tthc.Core.Extraction.Canonical;

/// <summary>Turns the (indicator, written value) pairs of the canonical template into values and findings.</summary>
internal sealed class CanonicalValues(IndicatorCatalog catalog, string fileName)
{
    private readonly Dictionary<string, ExtractedValue> values = new(StringComparer.Ordinal);
    private readonly List<Finding> findings = [];

    public IReadOnlyList<ExtractedValue> Values
        => [.. catalog.All.Where(d => values.ContainsKey(d.Code)).Select(d => values[d.Code])];

    public IReadOnlyList<Finding> Findings => findings;

    public void Add(string code, string written, int line, string sourceText)
    {
        code = code.Trim();
        if (!catalog.TryGet(code, out var definition))
        {
            findings.Add(Finding.Error(
                "indicator.known",
                $"{fileName}, dòng {line}: mã chỉ tiêu '{code}' không có trong danh mục / indicator code '{code}' is not in the catalog.",
                [code],
                line));
            return;
        }

        if (!VietnameseNumber.TryParse(written, definition.Kind, out var value))
        {
            var kind = definition.Kind == IndicatorKind.Count ? "số nguyên / a whole number" : "số từ 0 đến 100 / a number 0–100";
            findings.Add(Finding.Error(
                "value.number",
                $"{fileName}, dòng {line}: giá trị '{written}' của \"{definition.Label}\" ({code}) không phải {kind}.",
                [code],
                line));
            return;
        }

        if (values.ContainsKey(code))
        {
            findings.Add(Finding.Error(
                "indicator.once",
                $"{fileName}, dòng {line}: \"{definition.Label}\" ({code}) xuất hiện hai lần / appears twice.",
                [code],
                line));
            return;
        }

        values[code] = new ExtractedValue(code, value, Derived: false, Confidence: 1.0, new Evidence(line, sourceText));
    }
}
