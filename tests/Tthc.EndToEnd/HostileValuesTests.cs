using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tthc.Core.Submissions;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Rollups;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>Issue 13, cases 1 and 2, over real HTTP: absurd periods and numbers never reach a rollup, and a stored absurd value never makes a route answer 500.</summary>
public sealed class HostileValuesTests(AzuriteFixture azurite)
{
    private const string Province = "ninh-binh";
    private const string Huge = "79000000000000000000000000000";

    private static readonly string Registry = Reports.RegistryHeader +
        "ninh-binh,Tỉnh Ninh Bình,province,ninh-binh,,,,\n" +
        "nb-h-1,Xã Một (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n" +
        "nb-h-2,Xã Hai (thử nghiệm),commune,ninh-binh,ninh-binh,,,\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AbsurdPeriodThenNightlyRollup_IsRejectedAndTheJobAndHostCarryOn()
    {
        await using var host = await StartAsync();

        var forever = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-h-1", "forever.csv", "unit,period,indicator,value\nnb-h-1,0001-01-01..9999-12-31,dossiers.received,5\n"));
        var old = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-h-1", "old.csv", "unit,period,indicator,value\nnb-h-1,2014,dossiers.received,5\n"));
        var good = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-h-2", "good.csv", "unit,period,indicator,value\nnb-h-2,2026-Q1,dossiers.received,5\n"));

        Assert.Equal(("rejected", "rejected", "accepted"), (forever.GetProperty("status").GetString(), old.GetProperty("status").GetString(), good.GetProperty("status").GetString()));
        Assert.Contains(forever.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "period.known");
        Assert.Contains(old.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "period.range");
        Assert.Equal(["ninh-binh|2026-Q1"], await host.Host.Services.GetRequiredService<BuildChangedRollups>().ExecuteAsync(Ct));
        using var absurd = await host.Http.GetAsync($"api/rollups/{Province}/0001-01-01..9999-12-31?fresh=true", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, absurd.StatusCode);
    }

    [Fact]
    public async Task HugeCount_IsRejectedAtOnce_AndItsSubmissionAnswers()
    {
        await using var host = await StartAsync();
        var csv = $"unit,period,indicator,value\nnb-h-1,2026-Q1,dossiers.received,{Huge}\nnb-h-1,2026-Q1,dossiers.received_online,{Huge}\nnb-h-1,2026-Q1,dossiers.received_direct,{Huge}\n";

        var submission = await host.WaitForSubmissionAsync(await host.UploadAsync("nb-h-1", "huge.csv", csv));

        Assert.Equal("rejected", submission.GetProperty("status").GetString());
        var finding = submission.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "range");
        Assert.Contains("huge.csv, dòng 2", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(decimal.Parse(Huge, System.Globalization.CultureInfo.InvariantCulture), submission.GetProperty("indicators")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task AbsurdValueAlreadyStored_RollupUnitsAndExportsAnswer()
    {
        await using var host = await StartAsync();
        var values = host.Host.Services.GetRequiredService<IIndicatorValueStore>();
        var huge = decimal.Parse(Huge, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var unit in new[] { "nb-h-1", "nb-h-2" })
        {
            var figures = new Dictionary<string, decimal> { ["dossiers.received"] = huge, ["dossiers.received_online"] = huge, ["dossiers.received_direct"] = 3, ["dossiers.resolved"] = 7, ["rate.digitized_dossiers"] = huge };
            await values.WriteAsync(new UnitRows(Province, "2026-Q2", unit, unit, UnitLevel.Commune, new ReportVersion("s-" + unit, DateTimeOffset.UtcNow), figures), null, Ct);
        }

        Assert.Equal(["ninh-binh|2026-Q2"], await host.Host.Services.GetRequiredService<BuildChangedRollups>().ExecuteAsync(Ct));
        var rollup = await host.PostJsonAsync($"api/rollups/{Province}/2026-Q2");
        await host.GetJsonAsync($"api/rollups/{Province}/2026-Q2?fresh=true");
        await host.GetJsonAsync($"api/rollups/{Province}/2026-Q2/units");
        foreach (var format in new[] { "csv", "xlsx", "txt" })
        {
            using var export = await host.Http.GetAsync($"api/rollups/{Province}/2026-Q2/export?format={format}", Ct);
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        }

        Assert.Equal(14m, rollup.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "dossiers.resolved").GetProperty("value").GetDecimal());
        Assert.DoesNotContain(rollup.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == "dossiers.received");
        Assert.Contains(rollup.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "range");
    }

    private async Task<TestHost> StartAsync()
    {
        var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Registry);
        return host;
    }
}
