using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tthc.Web.Tests;

/// <summary>What a person does on the page, in the page's own words (labels and roles, not CSS paths where avoidable).</summary>
internal static class WebPage
{
    /// <summary>The axe-core rule tags run on every page: WCAG 2.0 and 2.1, levels A and AA.</summary>
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Opens the file chooser with <paramref name="open"/> (a click, a key) and picks <paramref name="file"/>. The chooser is
    /// watched before the gesture and a round trip to the page made first: Playwright starts intercepting choosers when
    /// the first handler is attached, without waiting, so a gesture sent at once could open a chooser nobody intercepts
    /// (seen once under a loaded full run).
    /// </summary>
    public static async Task ChooseFileAsync(IPage page, Func<Task> open, string file)
    {
        var opened = new TaskCompletionSource<IFileChooser>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChooser(object? sender, IFileChooser chooser) => opened.TrySetResult(chooser);
        page.FileChooser += OnChooser;
        try
        {
            await page.EvaluateAsync("() => document.readyState");
            await open();
            var chooser = await opened.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            await chooser.SetFilesAsync(file);
        }
        finally
        {
            page.FileChooser -= OnChooser;
        }
    }

    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/#/sign-in");
        await page.GetByLabel("Khóa truy cập").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(WebAppFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Sends a report through the unit page's file input and waits until it has been read and accepted.</summary>
    public static async Task<ILocator> UploadAsync(IPage page, string file)
    {
        await page.Locator("#report-file").SetInputFilesAsync(file);
        return await UploadedAsync(page, file);
    }

    /// <summary>The upload's entry in the unit page's list, once the file has been read and accepted.</summary>
    public static async Task<ILocator> UploadedAsync(IPage page, string file)
    {
        var upload = page.Locator($".uploads li[data-file='{Path.GetFileName(file)}']");
        await Expect(upload.Locator(".badge")).ToHaveTextAsync("Đã chấp nhận", new() { Timeout = 60_000 });
        return upload;
    }

    /// <summary>Runs axe-core (WCAG 2 A and AA rules) on the page as it now stands and fails naming every violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string where)
    {
        var violations = await AxeViolationsAsync(page, where);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    /// <summary>axe-core's WCAG 2 A and AA violations on the page as it now stands, one entry per rule naming its elements.</summary>
    public static async Task<List<string>> AxeViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations],
        });
        Assert.True(result.Passes.Length > 0, $"{where}: axe ran no rule");
        var violations = result.Violations
            .Select(v => $"{where}: {v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Select(n => $"    {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")))
            .ToList();
        return violations;
    }

    /// <summary>The page itself never scrolls sideways; wide tables scroll inside their own container.</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        if (widths[0] <= widths[1])
        {
            return;
        }

        // The outermost elements that stick out, to say what to fix.
        var wide = await page.EvaluateAsync<string[]>(
            """
            () => {
              const width = document.scrollingElement.clientWidth + 1;
              const out = (e) => e && e.getBoundingClientRect().right > width;
              const clipped = (e) => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return getComputedStyle(e).position !== 'absolute'; return false; };
              return [...document.body.querySelectorAll('*')]
                .filter((e) => out(e) && !clipped(e))
                .slice(0, 5)
                .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`);
            }
            """);
        Assert.Fail($"{where}: the page scrolls sideways ({widths[0]} px of content in {widths[1]} px): {string.Join(", ", wide)}");
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus (at most <paramref name="limit"/> times).</summary>
    public static async Task TabToAsync(IPage page, ILocator target, int limit = 120)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{limit} presses of Tab never reached {target}");
    }

    /// <summary>The focused element shows where the focus is: an outline of at least 2 px that is not transparent.</summary>
    public static async Task AssertFocusVisibleAsync(IPage page)
    {
        var focus = await page.EvaluateAsync<string>(
            """
            () => {
              const e = document.activeElement;
              const s = getComputedStyle(e);
              const visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
              return visible ? '' : `${e.tagName}#${e.id}.${e.className}: outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
            }
            """);
        Assert.True(focus.Length == 0, $"the focus is not visible on {focus}");
    }
}
