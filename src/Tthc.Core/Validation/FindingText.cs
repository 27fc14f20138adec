using System.Globalization;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Validation;

/// <summary>The pieces findings are written from: where, which indicator, and numbers the Vietnamese and the English way.</summary>
internal static class FindingText
{
    /// <summary><c>file, dòng N</c> (<c>file, trang P, dòng N</c> for a PDF), or the file alone when the value has no evidence.</summary>
    public static string Location(ParsedReport report, ExtractedValue? value)
        => value?.Evidence is { } e ? $"{report.File}, {e.Location}" : report.File;

    /// <summary><c>"Label" (code)</c>.</summary>
    public static string Named(IndicatorCatalog catalog, string code)
        => catalog.TryGet(code, out var d) ? $"\"{d.Label}\" ({code})" : $"({code})";

    /// <summary>A value written the Vietnamese way for its indicator's kind.</summary>
    public static string Vi(IndicatorCatalog catalog, string code, decimal value)
        => VietnameseNumber.Format(value, KindOf(catalog, code));

    /// <summary>A value written the English way (<c>1,000</c>, <c>98.9</c>).</summary>
    public static string En(decimal value)
        => decimal.Round(value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The code without its family: <c>dossiers.received_online</c> → <c>received_online</c>.</summary>
    public static string Short(string code) => Identity.ShortCode(code);

    /// <summary>The indicator's kind; counts for unknown codes.</summary>
    public static IndicatorKind KindOf(IndicatorCatalog catalog, string code)
        => catalog.TryGet(code, out var d) ? d.Kind : IndicatorKind.Count;

    /// <summary>The report's values by code (the first when a code repeats).</summary>
    public static Dictionary<string, ExtractedValue> ByCode(ParsedReport report)
    {
        var map = new Dictionary<string, ExtractedValue>(StringComparer.Ordinal);
        foreach (var value in report.Indicators)
        {
            map.TryAdd(value.Code, value);
        }

        return map;
    }
}
