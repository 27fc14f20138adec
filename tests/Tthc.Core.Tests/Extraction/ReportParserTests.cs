using System.Globalization;
using System.Text.Json;
using Tthc.Core.Extraction;
using Tthc.Core.Tests.Support;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Extraction;

public sealed partial class ReportParserTests(ITestOutputHelper output)
{
    public static TheoryData<string> Samples => [.. SampleFiles.ReportNames];

    private static ReportParser CreateSut() => ReportParser.CreateDefault(TestCatalog.BuiltIn);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_SharedSample_MatchesGold(string sample)
    {
        var report = CreateSut().Parse(new ReportFile(sample, File.ReadAllBytes(Path.Combine(SampleFiles.Reports, sample))), TestContext.Current.CancellationToken);
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(SampleFiles.Gold, Path.ChangeExtension(sample, ".json"))));
        var expected = gold.RootElement.GetProperty("indicators").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        var accept = gold.RootElement.TryGetProperty("accept", out var a)
            ? a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetDecimal()).ToList())
            : [];

        bool Right(string code, decimal value)
            => (expected.TryGetValue(code, out var e) && e == value) || (accept.TryGetValue(code, out var alts) && alts.Contains(value));

        var missing = expected.Keys.Where(code => !report.Indicators.Any(v => v.Code == code && Right(code, v.Value))).ToList();
        var wrong = report.Indicators.Where(v => !v.Derived && !Right(v.Code, v.Value)).ToList();
        var found = expected.Count - missing.Count;
        var read = report.Indicators.Count(v => !v.Derived);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sample}: recall {found}/{expected.Count}, precision {read - wrong.Count}/{read}, unit {report.Unit.Level?.ToCode()}/{report.Unit.Province}, period {report.Period?.Label} {report.Period?.From:yyyy-MM-dd}..{report.Period?.To:yyyy-MM-dd}"));
        foreach (var code in missing)
        {
            output.WriteLine($"  missing {code} = {expected[code]}; read {report.ValueOf(code)?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        }

        foreach (var v in wrong)
        {
            output.WriteLine($"  wrong {v.Code} = {v.Value} (line {v.Evidence?.Line}: {v.Evidence?.Text})");
        }

        var unit = gold.RootElement.GetProperty("unit");
        var period = gold.RootElement.GetProperty("period");
        Assert.Empty(missing);
        Assert.Empty(wrong);
        Assert.Equal(unit.GetProperty("level").GetString(), report.Unit.Level?.ToCode());
        Assert.Equal(unit.GetProperty("province").GetString(), report.Unit.Province);
        Assert.NotNull(report.Period);
        Assert.Equal(period.GetProperty("kind").GetString(), report.Period.Kind.ToString().ToLowerInvariant());
        Assert.Equal(period.GetProperty("year").GetInt32(), report.Period.Year);
        Assert.Equal(period.GetProperty("index").GetInt32(), report.Period.Index);
        if (period.TryGetProperty("from", out var from))
        {
            Assert.Equal(from.GetString(), report.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(period.GetProperty("to").GetString(), report.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            Assert.False(report.Period.Stated);
        }
    }
}
