using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Units;
using Tthc.Core.Validation;

namespace Tthc.Core.Extraction;

/// <summary>The parse-result JSON of DOMAIN.md ("Parse result"), the contract of <c>tthc parse --json</c>.</summary>
public static class ParseResultJson
{
    /// <summary>Serializer options: UTF-8 text kept readable (diacritics not escaped), indented.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The JSON object for a parsed report.</summary>
    public static JsonObject ToJson(ParsedReport report, IndicatorCatalog catalog)
    {
        return new JsonObject
        {
            ["file"] = report.File,
            ["format"] = report.Format,
            ["unit"] = new JsonObject
            {
                ["name"] = report.Unit.Name,
                ["level"] = report.Unit.Level?.ToCode(),
                ["province"] = report.Unit.Province,
                ["code"] = report.Unit.Code,
            },
            ["period"] = PeriodJson(report.Period),
            ["indicators"] = new JsonArray([.. report.Indicators.Select(v => (JsonNode)IndicatorJson(v, catalog))]),
            ["findings"] = FindingsJson(report.Findings, includeLine: false),
            ["notValues"] = NotValuesJson(report.NotValues),
        };
    }

    /// <summary>The <c>notValues</c> array: each number set aside with its text, line, why and (when its label names one) code.</summary>
    public static JsonArray NotValuesJson(IEnumerable<NotValue> notValues)
        => new([.. notValues.Select(n => (JsonNode)new JsonObject
        {
            ["text"] = n.Text,
            ["line"] = n.Line,
            ["why"] = n.Why.ToCode(),
            ["code"] = n.Code,
        })]);

    /// <summary>The JSON text for a parsed report.</summary>
    public static string Serialize(ParsedReport report, IndicatorCatalog catalog)
        => ToJson(report, catalog).ToJsonString(Options);

    /// <summary>The <c>period</c> object, or null.</summary>
    public static JsonObject? PeriodJson(ReportingPeriod? period) => period is null ? null : new JsonObject
    {
        ["kind"] = period.Kind.ToString().ToLowerInvariant(),
        ["year"] = period.Year,
        ["index"] = period.Index,
        ["label"] = period.Label,
        ["from"] = period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["stated"] = period.Stated,
    };

    /// <summary>The <c>findings</c> array, each with its evidence line.</summary>
    public static JsonArray FindingsJson(IEnumerable<Finding> findings) => FindingsJson(findings, includeLine: true);

    /// <summary>
    /// The <c>findings</c> array; <paramref name="includeLine"/> false gives exactly DOMAIN.md's shape
    /// (severity, rule, message, codes), as the parse result does.
    /// </summary>
    public static JsonArray FindingsJson(IEnumerable<Finding> findings, bool includeLine)
        => new([.. findings.Select(f =>
        {
            var json = new JsonObject
            {
                ["severity"] = f.Severity == Severity.Error ? "error" : "warning",
                ["rule"] = f.Rule,
                ["message"] = f.Message,
                ["codes"] = new JsonArray([.. f.Codes.Select(c => (JsonNode)JsonValue.Create(c))]),
            };
            if (includeLine)
            {
                json["line"] = f.Line;
            }

            return (JsonNode)json;
        })]);

    /// <summary>One entry of the <c>indicators</c> array.</summary>
    public static JsonObject IndicatorJson(ExtractedValue v, IndicatorCatalog catalog) => new()
    {
        ["code"] = v.Code,
        ["value"] = JsonNumber(v.Value, catalog.TryGet(v.Code, out var d) ? d.Kind : IndicatorKind.Rate),
        ["derived"] = v.Derived,
        ["confidence"] = Math.Round(v.Confidence, 2),
        ["evidence"] = v.Evidence is null ? null : new JsonObject { ["line"] = v.Evidence.Line, ["text"] = v.Evidence.Text },
    };

    /// <summary>A value as a JSON number: integers for counts, up to four decimals otherwise (any decimal, however absurd, is written).</summary>
    public static JsonNode JsonNumber(decimal value, IndicatorKind kind)
        => kind == IndicatorKind.Count || decimal.Truncate(value) == value
            ? value is >= long.MinValue and <= long.MaxValue ? JsonValue.Create((long)decimal.Truncate(value)) : JsonValue.Create(decimal.Truncate(value))
            : JsonValue.Create(decimal.Round(value, 4) / 1.0000m);
}
