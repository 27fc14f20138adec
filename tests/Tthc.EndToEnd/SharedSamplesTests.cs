using System.Text.Json;
using Tthc.Testing;

namespace Tthc.EndToEnd;

/// <summary>The real reports of ../shared/samples sent through the upload route as their units: accepted, with the gold values.</summary>
public sealed class SharedSamplesTests(AzuriteFixture azurite)
{
    private const string Registry = Reports.RegistryHeader +
        "bac-giang,Tỉnh Bắc Giang,province,bac-giang,,,2025-06-30,\n" +
        "hung-yen,Tỉnh Hưng Yên,province,hung-yen,,,,\n" +
        "ha-tinh,Tỉnh Hà Tĩnh,province,ha-tinh,,,,\n" +
        "ha-tinh-cam-xuyen,Huyện Cẩm Xuyên,district,ha-tinh,ha-tinh,,2025-06-30,\n";

    public static TheoryData<string, string> Samples => new()
    {
        { "bac-giang-2024-h1", "bac-giang" },
        { "cam-xuyen-2024-02", "ha-tinh-cam-xuyen" },
        { "hung-yen-2025-q3", "hung-yen" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Upload_RealReport_IsAcceptedWithEveryGoldValue(string sample, string unit)
    {
        var samples = RepositoryFolders.RequireSharedSamples();
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.LoadRegistryAsync(Registry);

        var id = await host.UploadAsync(unit, sample + ".txt", await File.ReadAllBytesAsync(Path.Combine(samples, "reports", sample + ".txt"), TestContext.Current.CancellationToken));
        var submission = await host.WaitForSubmissionAsync(id);

        Assert.True(submission.GetProperty("status").GetString() == "accepted", submission.GetRawText());
        using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(samples, "gold", sample + ".json"), TestContext.Current.CancellationToken));
        var read = submission.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("value").GetDecimal());
        var accept = gold.RootElement.GetProperty("accept");
        foreach (var expected in gold.RootElement.GetProperty("indicators").EnumerateObject())
        {
            Assert.True(read.TryGetValue(expected.Name, out var value), $"{sample}: {expected.Name} not read");
            var alternatives = accept.TryGetProperty(expected.Name, out var alt) ? alt.EnumerateArray().Select(a => a.GetDecimal()) : [];
            Assert.Contains(value, alternatives.Prepend(expected.Value.GetDecimal()));
        }

        Assert.Equal(
            gold.RootElement.GetProperty("period").GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            submission.GetProperty("period").GetString()![..4]);
    }
}
