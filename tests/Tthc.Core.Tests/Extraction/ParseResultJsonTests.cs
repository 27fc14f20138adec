using System.Text.Json.Nodes;
using Tthc.Core.Extraction;
using Tthc.Core.Tests.Support;
using Tthc.Core.Validation;

namespace Tthc.Core.Tests.Extraction;

public sealed class ParseResultJsonTests
{
    private static ParsedReport ParseSample(string name)
        => ReportParser.CreateDefault(TestCatalog.BuiltIn).Parse(new ReportFile(name, File.ReadAllBytes(Path.Combine(SampleFiles.Reports, name))), TestContext.Current.CancellationToken);

    private static string[] Keys(JsonNode? node) => [.. node!.AsObject().Select(p => p.Key)];

    [Fact]
    public void Serialize_ParsedSample_HasExactlyTheDomainShape()
    {
        var report = ParseSample("hung-yen-2025-q3.txt") with { Findings = [Finding.Error("dossiers.received = carried_over + received_online + received_direct", "Tổng không khớp / totals differ", ["dossiers.received"], 251)] };

        var json = JsonNode.Parse(ParseResultJson.Serialize(report, TestCatalog.BuiltIn))!;

        Assert.Equal(["file", "format", "unit", "period", "indicators", "findings", "notValues"], Keys(json));
        Assert.All(json["notValues"]!.AsArray(), n => Assert.Equal(["text", "line", "why", "code"], Keys(n)));
        Assert.Equal(["name", "level", "province", "code"], Keys(json["unit"]));
        Assert.Equal(["kind", "year", "index", "label", "from", "to", "stated"], Keys(json["period"]));
        Assert.All(json["indicators"]!.AsArray(), i => Assert.Equal(["code", "value", "derived", "confidence", "evidence"], Keys(i)));
        Assert.Equal(["severity", "rule", "message", "codes"], Keys(json["findings"]![0]));
        Assert.Equal("text", (string?)json["format"]);
        Assert.Equal("Văn phòng UBND tỉnh Hưng Yên", (string?)json["unit"]!["name"]);
        Assert.Equal("2025-Q3", (string?)json["period"]!["label"]);
        Assert.False((bool)json["period"]!["stated"]!);
    }

    [Fact]
    public void Serialize_Received_MatchesDomainExample()
    {
        var json = JsonNode.Parse(ParseResultJson.Serialize(ParseSample("hung-yen-2025-q3.txt"), TestCatalog.BuiltIn))!;

        var received = json["indicators"]!.AsArray().Single(i => (string?)i!["code"] == "dossiers.received")!;
        Assert.Equal(267922, (long)received["value"]!);
        Assert.False((bool)received["derived"]!);
        Assert.Equal(251, (int)received["evidence"]!["line"]!);
        Assert.StartsWith("+ Téng 5O hE} so di tiép nhan: 267.922; trong do:", (string?)received["evidence"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_RateAndCodesOnce_WritesDecimalAndNoDuplicates()
    {
        var json = JsonNode.Parse(ParseResultJson.Serialize(ParseSample("cam-xuyen-2024-02.txt"), TestCatalog.BuiltIn))!;

        var codes = json["indicators"]!.AsArray().Select(i => (string?)i!["code"]).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(87.44m, (decimal)json["indicators"]!.AsArray().Single(i => (string?)i!["code"] == "rate.online_dossiers")!["value"]!);
        Assert.True((bool)json["period"]!["stated"]!);
        Assert.Equal("2024-01-19", (string?)json["period"]!["from"]);
    }

    [Fact]
    public void Serialize_CountBeyondLong_WritesTheNumberNotAnException()
    {
        var report = TestReports.Create(("dossiers.received", 79_000_000_000_000_000_000_000_000_000m));

        var json = JsonNode.Parse(ParseResultJson.Serialize(report, TestCatalog.BuiltIn))!;

        Assert.Equal(79_000_000_000_000_000_000_000_000_000m, (decimal)json["indicators"]![0]!["value"]!);
    }

    [Fact]
    public void Serialize_SetAsideNumbers_ListsEachWithTextLineAndWhy()
    {
        var report = TestReports.Parse("dossiers.received=1200") with
        {
            NotValues = [new NotValue("hơn 1.150 hồ sơ", 3, NotValueReason.Hedged, "dossiers.resolved"), new NotValue("Nghị định 61", 7, NotValueReason.NotCatalog)],
        };

        var notValues = JsonNode.Parse(ParseResultJson.Serialize(report, TestCatalog.BuiltIn))!["notValues"]!.AsArray();

        Assert.Equal(2, notValues.Count);
        Assert.Equal("hơn 1.150 hồ sơ", (string?)notValues[0]!["text"]);
        Assert.Equal(3, (int)notValues[0]!["line"]!);
        Assert.Equal("hedged", (string?)notValues[0]!["why"]);
        Assert.Equal("dossiers.resolved", (string?)notValues[0]!["code"]);
        Assert.Equal("not-catalog", (string?)notValues[1]!["why"]);
        Assert.Null(notValues[1]!["code"]);
    }
}
