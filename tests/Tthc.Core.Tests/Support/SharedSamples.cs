using System.Globalization;
using System.Text.Json;
using Tthc.Core.Periods;

namespace Tthc.Core.Tests.Support;

/// <summary>The shared samples (<c>../shared/samples</c> beside the directory holding Functions.sln).</summary>
internal static class SharedSamples
{
    public static readonly string[] GoldFiles = ["bac-giang-2024-h1.json", "cam-xuyen-2024-02.json", "hung-yen-2025-q3.json"];

    /// <summary>One gold sample: file name, period and indicator values.</summary>
    public static Gold Load(string fileName)
    {
        var directory = Tthc.Testing.RepositoryFolders.RequireSharedSamples("gold");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, fileName)));
        var root = json.RootElement;
        var values = root.GetProperty("indicators").EnumerateObject()
            .Select(p => KeyValuePair.Create(p.Name, p.Value.GetDecimal()))
            .ToList();
        return new Gold(root.GetProperty("file").GetString()!, Period(root.GetProperty("period")), values);
    }

    private static ReportingPeriod Period(JsonElement p)
    {
        var year = p.GetProperty("year").GetInt32();
        var index = p.TryGetProperty("index", out var i) && i.ValueKind == JsonValueKind.Number ? i.GetInt32() : 0;
        var period = p.GetProperty("kind").GetString() switch
        {
            "month" => ReportingPeriod.Month(year, index),
            "quarter" => ReportingPeriod.Quarter(year, index),
            "half" => ReportingPeriod.Half(year, index),
            _ => ReportingPeriod.FullYear(year),
        };
        return p.TryGetProperty("from", out var from) && p.TryGetProperty("to", out var to)
            ? period.WithStatedWindow(Date(from), Date(to))
            : period;

        static DateOnly Date(JsonElement e) => DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public sealed record Gold(string File, ReportingPeriod Period, IReadOnlyList<KeyValuePair<string, decimal>> Values)
    {
        public IReadOnlyDictionary<string, decimal> ValueMap => Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }
}
