using Microsoft.Playwright;

namespace Tthc.Web.Tests;

/// <summary>What a person does on the page, in the page's own words (labels and roles, not CSS paths where avoidable).</summary>
internal static class WebPage
{
    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/#/sign-in");
        await page.GetByLabel("Khóa truy cập").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(WebAppFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}
