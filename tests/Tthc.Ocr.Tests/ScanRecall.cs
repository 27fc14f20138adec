using Tthc.Core.Extraction;

namespace Tthc.Ocr.Tests;

/// <summary>How the values read from a scan compare with those read from the same report as text.</summary>
/// <param name="File">The sample.</param>
/// <param name="Pages">Pages of the scan.</param>
/// <param name="TextValues">Values read from the text (not derived).</param>
/// <param name="Recalled">Of those, the ones the scan gave with the same value.</param>
/// <param name="Missed">Codes the scan missed or read differently (code=text→scan).</param>
/// <param name="Extra">Codes the scan gave that the text did not have.</param>
internal sealed record ScanRecall(string File, int Pages, int TextValues, int Recalled, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra)
{
    public static ScanRecall Compare(string file, int pages, ParsedReport text, ParsedReport scan)
    {
        var fromText = text.Indicators.Where(v => !v.Derived).ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);
        var fromScan = scan.Indicators.Where(v => !v.Derived).ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);
        var missed = fromText.Where(t => !fromScan.TryGetValue(t.Key, out var s) || s != t.Value)
            .Select(t => $"{t.Key}={t.Value}→{(fromScan.TryGetValue(t.Key, out var s) ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "∅")}").ToList();
        var extra = fromScan.Where(s => !fromText.ContainsKey(s.Key)).Select(s => $"{s.Key}={s.Value}").ToList();
        return new ScanRecall(file, pages, fromText.Count, fromText.Count - missed.Count, missed, extra);
    }

    public override string ToString()
        => $"{File}: {Recalled}/{TextValues} ({Pages} p.)" + (Missed.Count > 0 ? $" missed [{string.Join(", ", Missed)}]" : string.Empty) + (Extra.Count > 0 ? $" extra [{string.Join(", ", Extra)}]" : string.Empty);
}
