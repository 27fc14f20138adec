using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tthc.Web.Tests;

/// <summary>
/// The province's registry and keys pages: a registry file with bad lines is refused with every bad line named, in
/// Vietnamese; a key is shown once when issued, signs in, and stops working once revoked.
/// </summary>
public sealed class RegistryAndKeysTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Province_LoadsRegistryWithBadLines_SeesEachLineAndWhyInVietnamese()
    {
        var page = await app.NewPageAsync();
        await WebPage.SignInAsync(page, await app.CreateKeyAsync("province", "ha-tinh"));
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Danh mục đơn vị" }).ClickAsync();

        // Line 6 has a level that does not exist, line 7 no name; lines 1 to 5 are the good registry.
        var csv = WebAppFixture.Registry + "ha-tinh-x,Xã X,hamlet,ha-tinh,ha-tinh,,,\nha-tinh-y,,commune,ha-tinh,ha-tinh,,,\n";
        await page.GetByLabel("Chọn tệp CSV").SetInputFilesAsync(new FilePayload { Name = "ha-tinh.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Expect(page.GetByLabel("hoặc dán nội dung")).ToHaveValueAsync(csv);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nạp danh mục" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Danh mục đơn vị không hợp lệ");
        await Expect(alert).ToBeFocusedAsync();
        var errors = page.Locator("#registry-errors li");
        await Expect(errors).ToHaveCountAsync(2);
        await Expect(errors.Nth(0)).ToContainTextAsync("dòng/line 6");
        await Expect(errors.Nth(0)).ToContainTextAsync("cấp 'hamlet' không phải");
        await Expect(errors.Nth(1)).ToContainTextAsync("dòng/line 7");
        await Expect(errors.Nth(1)).ToContainTextAsync("đơn vị 'ha-tinh-y' thiếu tên");
        await WebPage.ScreenshotAsync(page, "registry-errors");

        // Nothing was loaded: the registry is still the fixture's, without the bad rows.
        var stored = await app.Admin.GetStringAsync("api/registry/ha-tinh", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("ha-tinh-x", stored, StringComparison.Ordinal);
        Assert.Contains("ha-tinh-cam-xuyen", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Province_IssuesAKeyShownOnce_ItSignsIn_ThenRevokedItNoLongerDoes()
    {
        var page = await app.NewPageAsync();
        await WebPage.SignInAsync(page, await app.CreateKeyAsync("province", "ha-tinh"));
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Khóa truy cập" }).ClickAsync();

        // A province issues unit keys only: no choice of a province key.
        await Expect(page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(1);
        await page.GetByLabel("Mã đơn vị hoặc mã tỉnh").FillAsync("ha-tinh-thu-nghiem-a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cấp khóa" }).ClickAsync();
        var shown = page.Locator("#new-key");
        await Expect(shown).ToBeFocusedAsync();
        var key = await shown.InnerTextAsync();
        var ids = await page.Locator("#keys tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)");
        var id = Assert.Single(ids, i => key.Contains(i + "_", StringComparison.Ordinal));
        var row = page.Locator($"#keys tr[data-key='{id}']");
        await Expect(row).ToContainTextAsync("ha-tinh-thu-nghiem-a");
        await WebPage.ScreenshotAsync(page, "keys");

        // Shown once: back on the page, the key's secret is nowhere.
        await page.ReloadAsync();
        await Expect(row).ToBeVisibleAsync();
        await Expect(page.Locator("#new-key")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        // The unit signs in with it.
        var unit = await app.NewPageAsync();
        await WebPage.SignInAsync(unit, key);
        await Expect(unit).ToHaveURLAsync(new Regex("#/unit/ha-tinh-thu-nghiem-a$"));

        // Revoked, it signs in no more.
        await row.GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Đã thu hồi");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        var again = await app.NewPageAsync();
        await WebPage.SignInAsync(again, key);
        await Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("Khóa không đúng, đã hết hạn hoặc đã bị thu hồi");
        await Expect(again).ToHaveURLAsync(new Regex("#/sign-in$"));
    }

    [Fact]
    public async Task Admin_IssuesAProvinceKey_TheProvinceSignsInToItsRollup()
    {
        var page = await app.NewPageAsync();
        await WebPage.SignInAsync(page, app.Host.AdminKey.Key);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Khóa truy cập" }).ClickAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "Tỉnh" }).CheckAsync();
        await page.GetByLabel("Mã đơn vị hoặc mã tỉnh").FillAsync("ha-tinh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cấp khóa" }).ClickAsync();
        var key = await page.Locator("#new-key").InnerTextAsync();

        var province = await app.NewPageAsync();
        await WebPage.SignInAsync(province, key);
        await Expect(province).ToHaveURLAsync(new Regex("#/province/ha-tinh"));
        await Expect(province.Locator("#role-rights")).ToContainTextAsync("Tỉnh");
    }
}
