using Tthc.Core.Indicators;
using Tthc.Core.Validation;

namespace Tthc.Core.Extraction.Canonical;

/// <summary>
/// Turns the (indicator, written value) pairs of the canonical template into values and findings. A template has one
/// entry per indicator: more than <see cref="MaxEntries"/> entries is not a report (refused at once, nothing more is
/// read), and codes the catalog lacks make one finding, however many there are.
/// </summary>
internal sealed class CanonicalValues(IndicatorCatalog catalog, string fileName)
{
    /// <summary>The most entries a template file may have (the catalog has a few dozen indicators).</summary>
    public const int MaxEntries = 1_000;

    private const int CodesNamed = 5;

    private readonly Dictionary<string, ExtractedValue> values = new(StringComparer.Ordinal);
    private readonly List<Finding> findings = [];
    private readonly List<(string Code, int Line)> unknown = [];
    private int unknownCount;
    private int entries;

    public IReadOnlyList<ExtractedValue> Values
        => [.. catalog.All.Where(d => values.ContainsKey(d.Code)).Select(d => values[d.Code])];

    public IReadOnlyList<Finding> Findings => unknownCount == 0 ? findings : [UnknownCodes(), .. findings];

    public void Add(string code, string written, int line, string sourceText)
    {
        if (++entries > MaxEntries)
        {
            throw new InputFormatException(fileName, line, $"hơn {MaxEntries} dòng số liệu: không phải báo cáo theo mẫu (mỗi chỉ tiêu một dòng) / more than {MaxEntries} entries: not a template report (one entry per indicator).");
        }

        code = code.Trim();
        if (!catalog.TryGet(code, out var definition))
        {
            if (unknownCount++ < CodesNamed)
            {
                unknown.Add((code.Length > 64 ? code[..64] + "…" : code, line));
            }

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

        values[code] = new ExtractedValue(code, value, Derived: false, Confidence: 1.0, new Evidence(line, sourceText.Length > 500 ? sourceText[..500] + "…" : sourceText));
    }

    private Finding UnknownCodes()
    {
        var named = string.Join(", ", unknown.Select(u => $"'{u.Code}' (dòng {u.Line})"));
        var more = unknownCount > unknown.Count ? $" và {unknownCount - unknown.Count} mã khác / and {unknownCount - unknown.Count} more" : string.Empty;
        return Finding.Error(
            "indicator.known",
            $"{fileName}: {unknownCount} mã chỉ tiêu không có trong danh mục / indicator codes not in the catalog: {named}{more}.",
            [.. unknown.Select(u => u.Code)],
            unknown[0].Line);
    }
}
