using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Tests.Support;

/// <summary>
/// Scores parse results against gold files with the rules of <c>../shared/tools/score.py</c> (what
/// <c>score-corpus</c> prints): hit = a gold code with the gold or an accepted value; wrong = a gold code with
/// another value, or a non-derived code the gold neither has nor accepts; miss = a gold code not read;
/// meta = province, level, period (kind, year, index) and stated window, one point each.
/// </summary>
internal sealed record CorpusScore(int Gold, int Hit, int Wrong, int Miss, int Meta, int Files, IReadOnlyList<string> Notes)
{
    public double Recall => (double)Hit / Math.Max(1, Gold);

    public double Precision => (double)Hit / Math.Max(1, Hit + Wrong);

    public int MetaPoints => 4 * Files;

    /// <summary>Parses every <c>NAME.txt</c> of <paramref name="textFolder"/> and scores it against <c>NAME.json</c> of <paramref name="goldFolder"/>.</summary>
    public static CorpusScore Measure(string textFolder, string goldFolder, IndicatorCatalog catalog)
    {
        var parser = ReportParser.CreateDefault(catalog);
        var total = new CorpusScore(0, 0, 0, 0, 0, 0, []);
        foreach (var goldPath in Directory.GetFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(goldPath);
            var gold = JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject();
            var textPath = Path.Combine(textFolder, name + ".txt");
            JsonObject? output = null;
            if (File.Exists(textPath))
            {
                try
                {
                    var report = parser.Parse(new ReportFile(name + ".txt", File.ReadAllBytes(textPath)));
                    output = ParseResultJson.ToJson(report, catalog);
                }
                catch (InputFormatException)
                {
                    output = null;
                }
            }

            total = total.Add(name, Score(gold, output));
        }

        return total;
    }

    /// <summary>One file's score; <paramref name="output"/> null when the parser gave no usable output.</summary>
    public static CorpusScore Score(JsonObject gold, JsonObject? output)
    {
        var goldValues = gold["indicators"]!.AsObject();
        var accept = gold["accept"] as JsonObject;
        if (output is null)
        {
            return new CorpusScore(goldValues.Count, 0, 0, goldValues.Count, 0, 1, ["no usable output"]);
        }

        var got = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var ind in output["indicators"]!.AsArray().OfType<JsonObject>())
        {
            if (ind["derived"]?.GetValue<bool>() != true)
            {
                got[ind["code"]!.GetValue<string>()] = Number(ind["value"]);
            }
        }

        int hit = 0, wrong = 0, miss = 0;
        var notes = new List<string>();
        foreach (var (code, value) in goldValues)
        {
            var ok = new List<double?> { Number(value) };
            ok.AddRange(Accepted(accept, code));
            if (!got.TryGetValue(code, out var v))
            {
                miss++;
                notes.Add($"miss {code}");
            }
            else if (ok.Any(a => Same(v, a)))
            {
                hit++;
            }
            else
            {
                wrong++;
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"wrong {code}={v} (gold {Number(value)})"));
            }
        }

        foreach (var (code, v) in got)
        {
            if (!goldValues.ContainsKey(code) && !Accepted(accept, code).Any(a => Same(v, a)))
            {
                wrong++;
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"extra {code}={v}"));
            }
        }

        var gu = gold["unit"]!.AsObject();
        var ou = output["unit"] as JsonObject ?? [];
        var gp = gold["period"]!.AsObject();
        var op = output["period"] as JsonObject ?? [];
        var meta = 0;
        meta += Fold(Text(gu["province"])) == Fold(Text(ou["province"])) ? 1 : 0;
        meta += Text(gu["level"]) == Text(ou["level"]) ? 1 : 0;
        meta += new[] { "kind", "year", "index" }.All(k => JsonText(gp[k]) == JsonText(op[k])) ? 1 : 0;
        meta += Text(gp["from"]) is { Length: > 0 }
            ? (Text(gp["from"]) == Text(op["from"]) && Text(gp["to"]) == Text(op["to"]) ? 1 : 0)
            : 1;
        if (meta < 4)
        {
            notes.Add($"meta {meta}/4");
        }

        return new CorpusScore(goldValues.Count, hit, wrong, miss, meta, 1, notes);
    }

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"recall {Recall:0.000} precision {Precision:0.000} hit {Hit}/{Gold} wrong {Wrong} miss {Miss} meta {Meta}/{MetaPoints}");

    private CorpusScore Add(string name, CorpusScore file)
        => new(
            Gold + file.Gold,
            Hit + file.Hit,
            Wrong + file.Wrong,
            Miss + file.Miss,
            Meta + file.Meta,
            Files + file.Files,
            file.Notes.Count == 0 ? Notes : [.. Notes, $"{name}: {string.Join("; ", file.Notes)}"]);

    private static IEnumerable<double?> Accepted(JsonObject? accept, string code)
        => accept?[code] is JsonArray values ? values.Select(Number) : [];

    private static bool Same(double? a, double? b) => a is { } x && b is { } y && Math.Abs(x - y) < 1e-6;

    private static double? Number(JsonNode? node)
        => node is JsonValue && double.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? JsonText(JsonNode? node) => node?.ToJsonString();

    private static string? Fold(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormD).Replace('đ', 'd').Replace('Đ', 'D'))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().ToLowerInvariant().Trim();
    }
}
