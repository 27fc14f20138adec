using System.Globalization;
using System.Text.Json;
using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Validation;

namespace Tthc.Core.Extraction.Canonical;

/// <summary>Reads the canonical template as JSON: <c>{"unit": "…", "period": "…", "values": {"code": number}}</c>.</summary>
public sealed class CanonicalJsonReader(IndicatorCatalog catalog) : IReportReader
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public bool CanRead(ReportFile file)
    {
        var head = ReportText.Head(file.Content.Span, 512).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('{') && head.Contains("\"values\"", StringComparison.Ordinal) || (head.StartsWith('{') && file.Extension == "json");
    }

    /// <inheritdoc />
    public ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(file.Content, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new InputFormatException(file.FileName, (int?)ex.LineNumber + 1, $"không phải JSON hợp lệ / not valid JSON: {ex.Message}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("values", out var valuesElement) || valuesElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputFormatException(file.FileName, null, "JSON must be {\"unit\": \"…\", \"period\": \"…\", \"values\": {\"code\": number}}.");
            }

            var unit = root.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            var periodText = root.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var values = new CanonicalValues(catalog, file.FileName);
            foreach (var property in valuesElement.EnumerateObject())
            {
                var written = property.Value.ValueKind switch
                {
                    JsonValueKind.Number => property.Value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : property.Value.GetRawText(),
                    JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                    _ => property.Value.GetRawText(),
                };
                values.Add(property.Name, written, 1, $"\"{property.Name}\": {property.Value.GetRawText()}");
            }

            var findings = new List<Finding>();
            ReportingPeriod? period = null;
            if (periodText is not null && !ReportingPeriod.TryParse(periodText, out period))
            {
                findings.Add(Finding.Error("period.known", $"{file.FileName}: kỳ báo cáo '{periodText}' không hợp lệ / '{periodText}' is not a period.", []));
            }

            return new ParsedReport(file.FileName, Format, new ReportedUnit(null, null, null, unit), period, values.Values, [.. findings, .. values.Findings]);
        }
    }
}
