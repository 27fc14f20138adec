using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tthc.Core.Access;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>The audit log over real HTTP on Azurite: who (key id, role), what, when, and what was replaced.</summary>
public sealed class AuditLogTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task KeysRegistryAndUploads_AreAppendedWithWhoAndWhat_AndAProvinceReadsItsOwn()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        await host.LoadRegistryAsync(AccessHost.Registry);
        var province = await host.ClientForAsync(AccessRole.Province, "ha-tinh");
        using var made = await province.PostAsJsonAsync("api/keys", new { role = "unit", scope = "ht-b" }, TestContext.Current.CancellationToken);
        var unitKey = JsonDocument.Parse(await made.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        using var unit = host.WithKey(unitKey.GetProperty("key").GetString()!);
        using var upload = await unit.PostAsync("api/reports/ht-b/q1.csv", new StringContent(AccessHost.Report("ht-b"), Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        var submissionId = JsonDocument.Parse(await upload.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("submissionId").GetString();
        using var revoke = await province.DeleteAsync($"api/keys/{unitKey.GetProperty("id").GetString()}", TestContext.Current.CancellationToken);
        using var reload = await province.PutAsync("api/registry/ha-tinh?confirm=true", new StringContent(AccessHost.HaTinhRegistry.Replace("ht-b,", "ht-c,", StringComparison.Ordinal), Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        await host.UploadAsync("hy-a", "q1.csv", AccessHost.Report("hy-a"));

        var entries = (await host.Http.GetFromJsonAsync<JsonElement>($"api/audit?province=ha-tinh&from={Uri.EscapeDataString(start.ToString("O"))}", TestHost.Json, TestContext.Current.CancellationToken)).EnumerateArray().ToList();
        var own = await province.GetFromJsonAsync<JsonElement>("api/audit", TestHost.Json, TestContext.Current.CancellationToken);

        string Describe(JsonElement e) => $"{e.GetProperty("action").GetString()} {e.GetProperty("target").GetString()} by {e.GetProperty("role").GetString()}";
        Assert.Equal(
            ["registry.load registry/ha-tinh by province", "key.create " + unitKey.GetProperty("id").GetString() + " by province", "upload ht-b by unit", "key.revoke " + unitKey.GetProperty("id").GetString() + " by province", "registry.load registry/ha-tinh by province"],
            entries.Where(e => e.GetProperty("action").GetString() != "key.create" || e.GetProperty("role").GetString() == "province").Select(Describe));
        var uploaded = entries.Single(e => e.GetProperty("action").GetString() == "upload");
        Assert.Equal(unitKey.GetProperty("id").GetString(), uploaded.GetProperty("keyId").GetString());
        Assert.StartsWith(submissionId + " q1.csv", uploaded.GetProperty("after").GetString(), StringComparison.Ordinal);
        var replaced = entries.Where(e => e.GetProperty("action").GetString() == "registry.load").Last();
        Assert.Equal("3 units", replaced.GetProperty("before").GetString());
        Assert.Equal("3 units, dropped ht-b", replaced.GetProperty("after").GetString());
        Assert.All(entries, e => Assert.Equal("ha-tinh", e.GetProperty("province").GetString()));
        Assert.Equal(entries.Count, own.GetArrayLength());
        Assert.DoesNotContain(entries, e => e.GetProperty("target").GetString() == "hy-a");
    }

    [Fact]
    public async Task ReplacingAnAcceptedReport_IsAppendedWithTheReplacedSubmissionAndItsValues()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(AccessHost.Registry);
        var first = await host.UploadAsync("ht-a", "q1.csv", Reports.Csv("ht-a", "2026-Q1", Reports.Counts(1, 10, 5, 2, 90m)));
        Assert.Equal("accepted", (await host.WaitForSubmissionAsync(first)).GetProperty("status").GetString());
        var second = await host.UploadAsync("ht-a", "q1-sửa.csv", Reports.Csv("ht-a", "2026-Q1", Reports.Counts(1, 12, 5, 2, 90m)));
        Assert.Equal("accepted", (await host.WaitForSubmissionAsync(second)).GetProperty("status").GetString());

        var entries = (await host.GetJsonAsync("api/audit?province=ha-tinh")).EnumerateArray().ToList();

        var replaced = Assert.Single(entries, e => e.GetProperty("action").GetString() == "report.replace");
        Assert.Equal("ht-a", replaced.GetProperty("target").GetString());
        Assert.Equal("processing", replaced.GetProperty("keyId").GetString());
        Assert.StartsWith(first + " 2026-Q1: ", replaced.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("dossiers.received=16", replaced.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("dossiers.received_online=10", replaced.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(second + " 2026-Q1: ", replaced.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Contains("dossiers.received=18", replaced.GetProperty("after").GetString(), StringComparison.Ordinal);
        // The upload that caused it names the unit's key; the replacement names the submission that upload made.
        var upload = Assert.Single(entries, e => e.GetProperty("action").GetString() == "upload" && e.GetProperty("after").GetString()!.StartsWith(second, StringComparison.Ordinal));
        Assert.Equal("unit", upload.GetProperty("role").GetString());
    }
}
