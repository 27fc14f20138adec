using Tthc.Core.Tests.Support;
using Tthc.Core.Validation;

namespace Tthc.Core.Tests.Validation;

public sealed class ReportValidatorTests
{
    public static TheoryData<string> GoldFiles => [.. SharedSamples.GoldFiles];

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Validate_GoldValuesOfSharedSample_HaveNoErrors(string goldFile)
    {
        var gold = SharedSamples.Load(goldFile);
        var report = TestReports.Create(gold.File, gold.Period, gold.Values);

        var validated = ReportValidator.CreateDefault(TestCatalog.BuiltIn).Validate(report);

        Assert.DoesNotContain(validated.Findings, f => f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("bac-giang-2024-h1.json", "dossiers.received = carried_over + received_online + received_direct")]
    [InlineData("bac-giang-2024-h1.json", "dossiers.resolved = early + on_time + late + rejected + withdrawn")]
    [InlineData("bac-giang-2024-h1.json", "dossiers.pending = pending_in_time + pending_overdue")]
    [InlineData("bac-giang-2024-h1.json", "feedback.received = resolved + pending")]
    [InlineData("bac-giang-2024-h1.json", "procedures.total = province_level + district_level + commune_level")]
    [InlineData("cam-xuyen-2024-02.json", "dossiers.received = carried_over + received_online + received_direct")]
    [InlineData("cam-xuyen-2024-02.json", "dossiers.resolved = early + on_time + late + rejected + withdrawn")]
    [InlineData("cam-xuyen-2024-02.json", "feedback.received = resolved + pending")]
    [InlineData("hung-yen-2025-q3.json", "dossiers.received = carried_over + received_online + received_direct")]
    [InlineData("hung-yen-2025-q3.json", "dossiers.pending = pending_in_time + pending_overdue")]
    [InlineData("hung-yen-2025-q3.json", "feedback.received = resolved + pending")]
    [InlineData("hung-yen-2025-q3.json", "procedures.total = province_level + district_level + commune_level")]
    public void Validate_GoldValuesWithOneTermChanged_ReportsThatIdentity(string goldFile, string rule)
    {
        var gold = SharedSamples.Load(goldFile);
        var identity = TestCatalog.BuiltIn.HardIdentities.Single(i => i.Name == rule);
        var changed = identity.Terms.SelectMany(t => t.Codes).First(c => gold.ValueMap.ContainsKey(c));
        var values = gold.Values.Select(v => v.Key == changed ? KeyValuePair.Create(v.Key, v.Value + 1) : v);
        var report = TestReports.Create(gold.File, gold.Period, values);

        var validated = ReportValidator.CreateDefault(TestCatalog.BuiltIn).Validate(report);

        Assert.Contains(validated.Findings, f => f.Severity == Severity.Error && f.Rule == rule);
    }

    [Fact]
    public void Validate_OnTimeWithoutEarlyOrInTime_LeavesResolvedIdentityUnchecked()
    {
        // Hưng Yên 2025-Q3 gives "đúng hạn" alone: early is not stated, so resolved = early + on_time + late is not complete.
        var gold = SharedSamples.Load("hung-yen-2025-q3.json");
        var values = gold.Values.Select(v => v.Key == "dossiers.resolved_on_time" ? KeyValuePair.Create(v.Key, v.Value - 1) : v);

        var validated = ReportValidator.CreateDefault(TestCatalog.BuiltIn).Validate(TestReports.Create(gold.File, gold.Period, values));

        Assert.DoesNotContain(validated.Findings, f => f.Rule.StartsWith("dossiers.resolved =", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateDefault_Always_RegistersEveryRuleKind()
    {
        var rules = ReportValidator.CreateDefault(TestCatalog.BuiltIn).Rules;

        Assert.Contains(rules, r => r is RangeRule);
        Assert.Equal(TestCatalog.BuiltIn.HardIdentities.Count + TestCatalog.BuiltIn.SoftIdentities.Count, rules.OfType<IdentityRule>().Count());
        Assert.Contains(rules, r => r is PartWithinTotalRule);
        Assert.Contains(rules, r => r is OutlierRule);
    }

    [Fact]
    public void Validate_SoftImbalanceOnly_KeepsReportFreeOfErrors()
    {
        var report = TestReports.Create(("dossiers.received", 100), ("dossiers.resolved", 50), ("dossiers.pending", 10));

        var validated = ReportValidator.CreateDefault(TestCatalog.BuiltIn).Validate(report);

        Assert.False(validated.HasErrors);
        Assert.Single(validated.Findings, f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void Validate_CountsBeyondDecimalSums_AreBoundsErrorsNotAnOverflow()
    {
        const decimal Huge = 79_000_000_000_000_000_000_000_000_000m;
        var report = TestReports.Create(("dossiers.received", Huge), ("dossiers.carried_over", Huge), ("dossiers.received_online", Huge), ("dossiers.received_direct", 1));

        var validated = ReportValidator.CreateDefault(TestCatalog.BuiltIn).Validate(report, [new Dictionary<string, decimal> { ["dossiers.received"] = Huge }]);

        Assert.Equal(3, validated.Findings.Count(f => f.Rule == "range" && f.Severity == Severity.Error));
        Assert.Contains(validated.Findings, f => f.Message.Contains("test.txt, dòng 1", StringComparison.Ordinal) && f.Codes.SequenceEqual(["dossiers.received"]));
    }
}
