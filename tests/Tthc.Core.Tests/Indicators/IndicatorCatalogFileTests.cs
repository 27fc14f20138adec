using System.Text.Json.Nodes;
using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Tests.Support;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Indicators;

public sealed class IndicatorCatalogFileTests
{
    [Fact]
    public void ReadBuiltIn_Always_DeclaresEveryIndicatorOfDomainMd()
        => Assert.Equal(32, TestCatalog.BuiltIn.All.Count);

    [Fact]
    public void ReadBuiltIn_Always_DerivesTheIdentitiesOfDomainMd()
        => Assert.Equal(
            [
                "dossiers.received = carried_over + received_online + received_direct",
                "dossiers.resolved = early + on_time + late + rejected + withdrawn",
                "dossiers.resolved_in_time = early + on_time",
                "dossiers.pending = pending_in_time + pending_overdue",
                "feedback.received = resolved + pending",
                "procedures.total = province_level + district_level + commune_level",
            ],
            TestCatalog.BuiltIn.HardIdentities.Select(i => i.Name));

    [Fact]
    public void ReadBuiltIn_Counts_AreWholeUpToOneBillion()
        => Assert.All(TestCatalog.BuiltIn.All.Where(d => d.Kind == IndicatorKind.Count), d => Assert.Equal(new IndicatorBounds(0, 1_000_000_000, true), d.Bounds));

    [Fact]
    public void ReadBuiltIn_RatesWithoutParts_AreMeansWeightedByDossiersReceived()
        => Assert.All(
            TestCatalog.BuiltIn.All.Where(d => d.Kind != IndicatorKind.Count && d.Rollup.Method != RollupMethod.Ratio),
            d => Assert.Equal((RollupMethod.Mean, "dossiers.received"), (d.Rollup.Method, d.Rollup.Weight)));

    [Fact]
    public void Parse_UnknownField_IsRejectedNamingTheFile()
    {
        var json = Edit(root => root["indicators"]![0]!["colour"] = "blue");

        var ex = Assert.Throws<InputFormatException>(() => IndicatorCatalogFile.Parse(json, "bad.json"));

        Assert.Equal("bad.json", ex.File);
    }

    [Fact]
    public void Parse_PartWithUnknownCode_IsRejectedNamingIt()
    {
        var json = Edit(root => root["indicators"]![0]!["sums"]![0]!["parts"]!.AsArray().Add("dossiers.nowhere"));

        var ex = Assert.Throws<InputFormatException>(() => IndicatorCatalogFile.Parse(json));

        Assert.Contains("dossiers.nowhere", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_CatalogOfOneFamily_RecognisesItAlone()
    {
        // Each family can be tried alone: keep only dossiers.resolved_late (and the vocabulary).
        var json = Edit(root =>
        {
            var late = root["indicators"]!.AsArray().Single(i => (string?)i!["code"] == "dossiers.resolved_late")!.DeepClone();
            root["indicators"] = new JsonArray(late);
        });
        var lexicon = new IndicatorLexicon(IndicatorCatalogFile.Parse(json));

        Assert.Equal("dossiers.resolved_late", lexicon.ClassifyText("Số hồ sơ giải quyết quá hạn", UnitLevel.Commune).Code);
        Assert.Null(lexicon.ClassifyText("Số hồ sơ đã giải quyết", UnitLevel.Commune).Code);
    }

    private static string Edit(Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(IndicatorCatalogFile.ReadBuiltInText())!;
        edit(root);
        return root.ToJsonString();
    }
}
