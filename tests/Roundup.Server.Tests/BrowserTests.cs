using Microsoft.Playwright;

namespace Roundup.Server.Tests;

/// <summary>
/// The pages in a real browser (Debian's chromium, driven by Playwright; no browser is downloaded): a reader lists the
/// stories, searches, opens the story, follows a source marker to its source, and reads the story on a phone.
/// </summary>
public sealed class BrowserTests : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly TestSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    /// <summary>The server on a free port of 127.0.0.1, over a store holding the bundled example.</summary>
    private async Task<string> Serve() =>
        (await _site.Start(TestDatabases.Sqlite, TestSite.Example(), listen: "http://127.0.0.1:0")).Urls.First();

    private static Task<IBrowser> Launch(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Chromium,
        Headless = true,
        // Root in a container needs --no-sandbox; the rest keep chromium off the network it would call at start.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    [SkippableFact]
    public async Task A_reader_lists_searches_opens_a_story_follows_a_source_and_reads_it_on_a_phone()
    {
        if (!File.Exists(Chromium))
        {
            const string why = "Browser tests need Debian's chromium at /usr/bin/chromium (apt-get install -y chromium; bash .ci/run installs it).";
            Assert.False(Environment.GetEnvironmentVariable("ROUNDUP_REQUIRE_BROWSER") == "1", why);
            Skip.If(true, why);
        }
        var site = await Serve();
        var shots = Environment.GetEnvironmentVariable("ROUNDUP_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });

        await page.GotoAsync(site + "/");
        Assert.Equal("Latest stories", await page.InnerTextAsync("h1"));
        if (shots is not null)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "stories.png"), FullPage = true });
        }
        await page.FillAsync("#q", "Palmyra");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/?q=Palmyra");
        await page.ClickAsync("ol.stories h2 a");
        await page.WaitForSelectorAsync("#differ");
        Assert.Contains("Palmyra", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        if (shots is not null)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "story.png"), FullPage = true });
        }
        var marker = page.Locator("a.src").First;
        var target = await marker.GetAttributeAsync("href");
        await marker.ClickAsync();
        Assert.EndsWith(target!, page.Url, StringComparison.Ordinal);
        var source = page.Locator($"li{target} a").First;
        Assert.StartsWith("http", await source.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("noopener nofollow", await source.GetAttributeAsync("rel"));

        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        await phone.GotoAsync(page.Url);
        var (scroll, client) = (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("document.documentElement.clientWidth"));
        Assert.True(scroll <= client + 1, $"the story page is {scroll} px wide on a {client} px phone");
        Assert.True(await phone.Locator("#sources").IsVisibleAsync());
    }
}
