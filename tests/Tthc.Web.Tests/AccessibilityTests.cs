using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tthc.Testing;
using static Microsoft.Playwright.Assertions;

namespace Tthc.Web.Tests;

/// <summary>
/// Every main page passes axe-core's WCAG 2 A/AA rules in the state a person sees it (with values, evidence, figures set
/// aside, review controls, rollup, chart, registry errors, a new key), and the upload and the review of an uncertain
/// value can be done with the keyboard alone, the focus always visible.
/// </summary>
public sealed partial class AccessibilityTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Unit = "ha-tinh-cam-xuyen";
    private const string Sample = "cam-xuyen-2024-02.txt";

    [Fact]
    public async Task EveryMainPage_HasNoWcagAOrAAViolations()
    {
        var sample = RepositoryFolders.RequireSharedSamples(Path.Combine("reports", Sample));
        var violations = new List<string>();
        var page = await app.NewPageAsync();

        await page.GotoAsync("/#/sign-in");
        await Expect(page.Locator(".roles")).ToContainTextAsync("Gửi báo cáo");
        violations.AddRange(await WebPage.AxeViolationsAsync(page, "sign-in"));

        await WebPage.SignInAsync(page, await app.CreateKeyAsync("unit", Unit));
        var upload = await WebPage.UploadAsync(page, sample);
        await Expect(page.Locator("#submissions tbody tr")).Not.ToHaveCountAsync(0);
        violations.AddRange(await WebPage.AxeViolationsAsync(page, "unit"));

        await upload.GetByRole(AriaRole.Link).ClickAsync();
        var received = page.Locator("#values tr[data-code='dossiers.received']");
        await received.GetByRole(AriaRole.Button, new() { Name = "Xem dòng" }).ClickAsync();
        await Expect(page.Locator("#document li.current")).ToHaveCountAsync(1);
        await Expect(page.Locator("#not-values li")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#values tr[data-review='awaiting'] input")).Not.ToHaveCountAsync(0);
        violations.AddRange(await WebPage.AxeViolationsAsync(page, "submission"));
        var period = await page.Locator(".card", new() { HasText = "Kỳ báo cáo" }).Locator("dd").InnerTextAsync();
        if (await received.GetAttributeAsync("data-review") == "awaiting")
        {
            await received.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
            await Expect(page.Locator("#values tr[data-code='dossiers.received']")).Not.ToHaveAttributeAsync("data-review", "awaiting");
        }

        // The province's own report says 3.000 received where its units add up to 2.705: the cross-check shows it.
        await SendProvinceReportAsync(period, received: 3000);

        var province = await app.NewPageAsync();
        await WebPage.SignInAsync(province, await app.CreateKeyAsync("province", "ha-tinh"));
        await province.GetByLabel("Kỳ báo cáo").FillAsync(period);
        await province.GetByRole(AriaRole.Button, new() { Name = "Xem tổng hợp" }).ClickAsync();
        await Expect(province.Locator("#rollup tr[data-code='dossiers.received']")).ToHaveCountAsync(1);
        var difference = province.Locator("#cross-check tr[data-code='dossiers.received']");
        await Expect(difference).ToContainTextAsync("Khác nhau");
        await Expect(difference).ToContainTextAsync("3.000");
        await Expect(difference).ToContainTextAsync("2.705");
        await Expect(province.Locator("#unit-chart rect")).Not.ToHaveCountAsync(0);
        await Expect(province.Locator("#missing-units li")).Not.ToHaveCountAsync(0);
        violations.AddRange(await WebPage.AxeViolationsAsync(province, "province"));

        await province.GetByRole(AriaRole.Link, new() { Name = "Danh mục đơn vị" }).ClickAsync();
        await Expect(province.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Danh mục đơn vị");
        violations.AddRange(await WebPage.AxeViolationsAsync(province, "registry"));
        await province.GetByLabel("hoặc dán nội dung").FillAsync(WebAppFixture.Registry + "ha-tinh-x,,commune,ha-tinh,ha-tinh,,,\n");
        await province.GetByRole(AriaRole.Button, new() { Name = "Nạp danh mục" }).ClickAsync();
        await Expect(province.Locator("#registry-errors li")).ToHaveCountAsync(1);
        violations.AddRange(await WebPage.AxeViolationsAsync(province, "registry with errors"));

        await province.GetByRole(AriaRole.Link, new() { Name = "Khóa truy cập" }).ClickAsync();
        await Expect(province.Locator("#keys tbody tr")).Not.ToHaveCountAsync(0);
        violations.AddRange(await WebPage.AxeViolationsAsync(province, "keys"));
        await province.GetByLabel("Mã đơn vị hoặc mã tỉnh").FillAsync(Unit);
        await province.GetByRole(AriaRole.Button, new() { Name = "Cấp khóa" }).ClickAsync();
        await Expect(province.Locator("#new-key")).ToBeVisibleAsync();
        violations.AddRange(await WebPage.AxeViolationsAsync(province, "keys with a new key"));

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task Axe_OnThisPageUnderItsCsp_ReportsAViolationWhenThereIsOne()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/#/sign-in");
        await Expect(page.GetByLabel("Khóa truy cập")).ToBeVisibleAsync();

        // A field without a label, as a careless change would add one: the check must see it on this page, under its CSP.
        await page.EvaluateAsync("() => { const i = document.createElement('input'); i.type = 'text'; document.querySelector('main form').append(i); }");

        var violations = await WebPage.AxeViolationsAsync(page, "sign-in, broken on purpose");

        Assert.Contains(violations, v => v.Contains(": label (", StringComparison.Ordinal));
    }

    private async Task SendProvinceReportAsync(string period, int received)
    {
        var csv = new StringContent($"unit,period,indicator,value\nha-tinh,{period},dossiers.received,{received}\n");
        using var sent = await app.Admin.PostAsync("api/reports/ha-tinh/ha-tinh-tu-bao-cao.csv", csv, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, sent.StatusCode);
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("submissionId").GetString();
        for (var i = 0; i < 120; i++)
        {
            var submission = await app.Admin.GetFromJsonAsync<JsonElement>($"api/submissions/{id}", TestContext.Current.CancellationToken);
            var status = submission.GetProperty("status").GetString();
            if (status is not ("received" or "parsed"))
            {
                Assert.True(status == "accepted", submission.GetRawText());
                return;
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"the province's own report {id} was not processed in 60 s");
    }

    [Fact]
    public async Task UploadAndReview_ByKeyboardOnly_WithTheFocusAlwaysVisible()
    {
        var sample = RepositoryFolders.RequireSharedSamples(Path.Combine("reports", Sample));
        var page = await app.NewPageAsync();
        var key = await app.CreateKeyAsync("unit", Unit);

        // Sign-in: the key field, then Enter.
        await page.GotoAsync("/#/sign-in");
        var keyField = page.GetByLabel("Khóa truy cập");
        await WebPage.TabToAsync(page, keyField);
        await WebPage.AssertFocusVisibleAsync(page);
        await page.Keyboard.TypeAsync(key);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"#/unit/{Unit}$"));

        // Upload: Tab to the file field, Space opens the file chooser.
        var fileField = page.Locator("#report-file");
        await WebPage.TabToAsync(page, fileField);
        await WebPage.AssertFocusVisibleAsync(page);
        await WebPage.ChooseFileAsync(page, () => page.Keyboard.PressAsync("Space"), sample);
        var upload = await WebPage.UploadedAsync(page, sample);

        // To the submission: Tab to the upload's link, Enter.
        await WebPage.TabToAsync(page, upload.GetByRole(AriaRole.Link));
        await WebPage.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("#/submission/"));
        var awaiting = page.Locator("#values tr[data-review='awaiting']");
        await Expect(awaiting).Not.ToHaveCountAsync(0);
        var before = await awaiting.CountAsync();

        // Evidence: Enter on the line button moves the focus to the highlighted line.
        var first = await awaiting.First.GetAttributeAsync("data-code");
        var row = page.Locator($"#values tr[data-code='{first}']");
        await WebPage.TabToAsync(page, row.GetByRole(AriaRole.Button, new() { Name = "Xem dòng" }));
        await WebPage.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#document li.current")).ToBeFocusedAsync();

        // Confirm an uncertain value: Tab to its button, Space.
        await WebPage.TabToAsync(page, row.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }));
        await WebPage.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Space");
        await Expect(row).ToHaveAttributeAsync("data-review", "confirmed");
        await Expect(awaiting).ToHaveCountAsync(before - 1);

        // Correct another: Tab to its field, type the value, Tab to Sửa, Enter.
        var count = page.Locator("#values tr[data-review='awaiting'][data-code^='dossiers.']").First;
        var code = await count.GetAttributeAsync("data-code");
        var other = page.Locator($"#values tr[data-code='{code}']");
        var value = await other.GetByTestId("value").InnerTextAsync();
        await WebPage.TabToAsync(page, other.GetByRole(AriaRole.Textbox));
        await WebPage.AssertFocusVisibleAsync(page);
        await page.Keyboard.TypeAsync(value);
        await page.Keyboard.PressAsync("Tab");
        await Expect(other.GetByRole(AriaRole.Button, new() { Name = "Sửa" })).ToBeFocusedAsync();
        await WebPage.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(other).ToHaveAttributeAsync("data-review", "corrected");
        await Expect(awaiting).ToHaveCountAsync(before - 2);
        await WebPage.ScreenshotAsync(page, "submission-keyboard");
    }
}
