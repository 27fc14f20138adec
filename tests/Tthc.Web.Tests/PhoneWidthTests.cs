using System.Globalization;
using Microsoft.Playwright;
using Tthc.Testing;
using static Microsoft.Playwright.Assertions;

namespace Tthc.Web.Tests;

/// <summary>
/// The unit's and the province's pages on a phone: the page never scrolls sideways (wide tables scroll inside their own
/// box), the navigation is on screen, and the upload and the review work with a finger's taps.
/// </summary>
public sealed class PhoneWidthTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Unit = "ha-tinh-cam-xuyen";
    private const string Sample = "cam-xuyen-2024-02.txt";

    [Theory]
    [InlineData(375, 740)]
    [InlineData(360, 740)]
    public async Task UnitAndProvincePages_FitAPhoneWidth_UploadAndReviewWork(int width, int height)
    {
        var sample = RepositoryFolders.RequireSharedSamples(Path.Combine("reports", Sample));
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        var violations = new List<string>();

        // The unit: its navigation on screen, the upload by tapping the drop zone, the submission's table in its own box.
        var page = await app.NewPageAsync(width, height);
        await WebPage.SignInAsync(page, await app.CreateKeyAsync("unit", Unit));
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Báo cáo của đơn vị" })).ToBeInViewportAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeInViewportAsync();
        await WebPage.ChooseFileAsync(page, () => page.Locator("#dropzone strong").ClickAsync(), sample);
        var upload = await WebPage.UploadedAsync(page, sample);
        await WebPage.AssertNoHorizontalScrollAsync(page, $"unit page at {size}");
        await WebPage.ScreenshotAsync(page, $"phone-{size}-unit");
        violations.AddRange(await WebPage.AxeViolationsAsync(page, $"unit page at {size}"));

        await upload.GetByRole(AriaRole.Link).ClickAsync();
        var awaiting = page.Locator("#values tr[data-review='awaiting']");
        await Expect(awaiting).Not.ToHaveCountAsync(0);
        await WebPage.AssertNoHorizontalScrollAsync(page, $"submission page at {size}");
        violations.AddRange(await WebPage.AxeViolationsAsync(page, $"submission page at {size}"));

        // Each value is a card on a phone: its review buttons are under its name, not off to the right of a wide table.
        Assert.True(await page.Locator("#values").EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"), "the values table scrolls sideways on a phone");
        var code = await awaiting.First.GetAttributeAsync("data-code");
        var row = page.Locator($"#values tr[data-code='{code}']");
        var confirm = row.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" });
        await confirm.ScrollIntoViewIfNeededAsync();
        await Expect(confirm).ToBeInViewportAsync();
        await confirm.ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-review", "confirmed");
        await WebPage.AssertNoHorizontalScrollAsync(page, $"submission page after review at {size}");
        await WebPage.ScreenshotAsync(page, $"phone-{size}-submission");
        var period = await page.Locator(".card", new() { HasText = "Kỳ báo cáo" }).Locator("dd").InnerTextAsync();

        // The province: navigation on screen, the rollup, completeness and chart without sideways scrolling.
        var province = await app.NewPageAsync(width, height);
        await WebPage.SignInAsync(province, await app.CreateKeyAsync("province", "ha-tinh"));
        foreach (var link in new[] { "Tổng hợp tỉnh", "Danh mục đơn vị", "Khóa truy cập" })
        {
            await Expect(province.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = link })).ToBeInViewportAsync();
        }

        await province.GetByLabel("Kỳ báo cáo").FillAsync(period);
        await province.GetByRole(AriaRole.Button, new() { Name = "Xem tổng hợp" }).ClickAsync();
        await Expect(province.Locator("#rollup tbody tr")).Not.ToHaveCountAsync(0);
        await Expect(province.Locator("#unit-chart rect")).Not.ToHaveCountAsync(0);
        await WebPage.AssertNoHorizontalScrollAsync(province, $"province page at {size}");
        await WebPage.ScreenshotAsync(province, $"phone-{size}-province");
        violations.AddRange(await WebPage.AxeViolationsAsync(province, $"province page at {size}"));
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
