using Tthc.Core.Extraction;
using Tthc.Core.Periods;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Support;

/// <summary>Builds parsed reports for tests: each value on its own evidence line, in the order given.</summary>
internal static class TestReports
{
    public static ParsedReport Create(string file, ReportingPeriod? period, IEnumerable<KeyValuePair<string, decimal>> values)
        => new(
            file,
            "json",
            new ReportedUnit("Đơn vị thử", UnitLevel.Commune, "Hưng Yên", null),
            period,
            [.. values.Select((v, i) => new ExtractedValue(v.Key, v.Value, false, 1.0, new Evidence(i + 1, $"{v.Key}: {v.Value}")))],
            []);

    /// <summary>A report from <c>code=value; code=value</c> (plain invariant numbers).</summary>
    public static ParsedReport Parse(string values)
        => Create(values.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('='))
            .Select(p => (p[0], decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray());

    public static ParsedReport Create(params (string Code, decimal Value)[] values)
        => Create("test.txt", ReportingPeriod.Quarter(2024, 3), values.Select(v => KeyValuePair.Create(v.Code, v.Value)));
}
