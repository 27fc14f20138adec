using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tthc.Testing;
using static Microsoft.Playwright.Assertions;

namespace Tthc.Web.Tests;

/// <summary>
/// The story of issue 14 in a real browser: a unit sends a real report, sees each value beside its evidence line and
/// confirms an uncertain one; the province sees the rollup change, the units that did not report, and downloads the
/// Excel table.
/// </summary>
public sealed partial class UnitToProvinceTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Unit = "ha-tinh-cam-xuyen";
    private const string Sample = "cam-xuyen-2024-02.txt";

    [Fact]
    public async Task Unit_UploadsRealReportAndConfirmsUncertainValue_ProvinceSeesRollupChangeMissingUnitsAndDownloadsXlsx()
    {
        var page = await app.NewPageAsync();
        var sample = RepositoryFolders.RequireSharedSamples(Path.Combine("reports", Sample));

        // The unit signs in and lands on its page; the role's rights are shown before.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("#/sign-in$"));
        await Expect(page.Locator(".roles")).ToContainTextAsync("Gửi báo cáo");
        await WebPage.SignInAsync(page, await app.CreateKeyAsync("unit", Unit));
        await Expect(page).ToHaveURLAsync(new Regex($"#/unit/{Unit}$"));
        await Expect(page.GetByTestId("who")).ToContainTextAsync(Unit);
        await Expect(page.Locator("#role-rights")).ToContainTextAsync("Đơn vị");

        // It sends the report: progress, then the status once read.
        await page.Locator("#report-file").SetInputFilesAsync(sample);
        var upload = page.Locator($".uploads li[data-file='{Sample}']");
        await Expect(upload.Locator(".badge")).ToHaveTextAsync("Đã chấp nhận", new() { Timeout = 60_000 });
        await Expect(upload.Locator("progress")).ToHaveAttributeAsync("value", "100");
        await Expect(page.Locator("#submissions tbody tr")).ToHaveCountAsync(1);
        await WebPage.ScreenshotAsync(page, "unit-upload");

        // Each value beside the line it was read from, in Vietnamese notation; the line is highlighted in the document.
        await upload.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("Đã chấp nhận");
        var received = page.Locator("#values tr[data-code='dossiers.received']");
        await Expect(received.GetByTestId("value")).ToHaveTextAsync("2.705");
        await Expect(page.Locator("#values tr[data-code='rate.online_dossiers']").GetByTestId("value")).ToHaveTextAsync("87,44%");
        var evidence = received.GetByRole(AriaRole.Button, new() { Name = "Xem dòng" });
        var line = int.Parse(LineNumber().Match(await evidence.InnerTextAsync()).Value, System.Globalization.CultureInfo.InvariantCulture);
        await evidence.ClickAsync();
        var current = page.Locator("#document li.current");
        await Expect(current).ToHaveIdAsync($"line-{line}");
        await Expect(current).ToContainTextAsync(await received.Locator(".evidence-text").InnerTextAsync());
        await Expect(current).ToBeFocusedAsync();
        var period = await page.Locator(".card", new() { HasText = "Kỳ báo cáo" }).Locator("dd").InnerTextAsync();
        await Expect(page.Locator("#not-values li[data-why='breakdown']")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#not-values")).ToContainTextAsync("số chia theo cấp");
        await Expect(received).ToHaveAttributeAsync("data-review", "awaiting");
        await Expect(page.Locator("#review-summary")).ToContainTextAsync("chờ xem xét");
        var awaiting = await page.Locator("#values tr[data-review='awaiting']").CountAsync();
        await WebPage.ScreenshotAsync(page, "submission");

        // The province: the unit counts as reported, two units are missing, and the uncertain values are not counted yet.
        var province = await app.NewPageAsync();
        await WebPage.SignInAsync(province, await app.CreateKeyAsync("province", "ha-tinh"));
        await province.GetByLabel("Kỳ báo cáo").FillAsync(period);
        await province.GetByRole(AriaRole.Button, new() { Name = "Xem tổng hợp" }).ClickAsync();
        await Expect(province.GetByTestId("reported").Locator(".big")).ToHaveTextAsync("1");
        await Expect(province.GetByTestId("missing").Locator(".big")).ToHaveTextAsync("2");
        await Expect(province.Locator("#missing-units li")).ToHaveCountAsync(2);
        await Expect(province.Locator("#missing-units")).ToContainTextAsync("Sở Thử Nghiệm");
        await Expect(province.GetByTestId("awaiting").Locator(".big")).ToHaveTextAsync(awaiting.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(province.Locator("#rollup tr[data-code='dossiers.received']")).ToHaveCountAsync(0);

        // The unit confirms the uncertain total; the province sees the rollup change.
        await received.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await Expect(page.Locator("#values tr[data-code='dossiers.received']")).ToHaveAttributeAsync("data-review", "confirmed");
        await Expect(page.Locator("#values tr[data-review='awaiting']")).ToHaveCountAsync(awaiting - 1);

        await province.GetByRole(AriaRole.Button, new() { Name = "Xem tổng hợp" }).ClickAsync();
        await Expect(province.GetByTestId("awaiting").Locator(".big")).ToHaveTextAsync((awaiting - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(province.Locator("#rollup tr[data-code='dossiers.received']").GetByTestId("value")).ToHaveTextAsync("2.705");
        await Expect(province.Locator("#rollup tr[data-code='dossiers.received']")).ToContainTextAsync("Tổng");
        await Expect(province.Locator("#units tr[data-unit='ha-tinh-cam-xuyen']")).ToContainTextAsync("Huyện Cẩm Xuyên");
        await Expect(province.Locator("#unit-chart rect")).Not.ToHaveCountAsync(0);
        await WebPage.ScreenshotAsync(province, "province");

        var download = await province.RunAndWaitForDownloadAsync(() => province.Locator("button[data-format=xlsx]").ClickAsync());
        var file = Path.Combine(WebAppFixture.ScreenshotFolder, "..", download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken))[..2]);

        // Drill-down: from the province's table to the unit's values and evidence.
        await province.Locator("#units tr[data-unit='ha-tinh-cam-xuyen']").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(province.Locator("#values tr[data-code='dossiers.received'] .evidence-text")).Not.ToBeEmptyAsync();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex LineNumber();
}
