using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// A phone that fits (issue 20, item 11): every page a rep or a mentor reaches fits a 390 px phone without
/// horizontal scroll, lists become stacked cards there, the staff menu sits on one line at 1366 px, contacts
/// can be tapped, and adding a person lands on the roster.
/// </summary>
public sealed class PhoneLayoutTests : BrowserTest
{
    [Test]
    public async Task EveryPageAMemberCoopsRepReachesFitsAPhone()
    {
        await SignInAsync("rep@demo.coop");
        await UsePhoneAsync();
        var pages = await ReachablePagesAsync("/MyCoop", "/MyCoop/Dues", "/MyCoop/Edit", "/MyCoop/Person",
            "/MyCoop/Assistance", "/MyCoop/Assistance/New", "/Public/Directory");

        // The co-op's own requests and one roster person's form, found from the pages.
        await Page.GotoAsync(Url("/MyCoop/Assistance"));
        var requests = await Page.Locator("main a.fw-semibold[href^='/MyCoop/Assistance/']")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.That(requests, Is.Not.Empty, "The demo rep has a request to look at.");
        pages.Add(requests[0]);
        await Page.GotoAsync(Url("/MyCoop"));
        pages.Add(await Page.GetByRole(AriaRole.Link, new() { Name = "Edit Malik Santos" }).GetAttributeAsync("href") ?? "");

        Assert.That(await PagesThatOverflowAsync(pages), Is.Empty);
    }

    [Test]
    public async Task EveryPageADevelopingCoopsRepReachesFitsAPhone()
    {
        await SignInAsync("startup@demo.coop");
        await UsePhoneAsync();
        var pages = await ReachablePagesAsync("/MyProject", "/Public/Directory");

        Assert.That(await PagesThatOverflowAsync(pages), Is.Empty);
    }

    [Test]
    public async Task EveryPageAMentorReachesFitsAPhone()
    {
        await SignInAsync("mentor@demo.coop");
        await UsePhoneAsync();
        var pages = await ReachablePagesAsync("/Mentor", "/Mentor/Profile");
        await Page.GotoAsync(Url("/Mentor"));
        foreach (var href in await Page.Locator("main a[href*='/Mentor/Coop']").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))"))
        {
            pages.Add(href);
        }

        Assert.That(pages.Count(p => p.Contains("/Mentor/Coop", StringComparison.Ordinal)), Is.GreaterThan(0), "The demo mentor has a co-op.");
        Assert.That(await PagesThatOverflowAsync(pages), Is.Empty);
    }

    [Test]
    public async Task TheRepsDuesAreCardsWithLabelsOnAPhoneAndATableOnADesktop()
    {
        await SignInAsync("rep@demo.coop");
        await UsePhoneAsync();
        await Page.GotoAsync(Url("/MyCoop/Dues"));

        var table = Page.Locator("table.table-cards").First;
        var firstCell = table.Locator("tbody tr").First.Locator("td").First;
        Assert.That(await firstCell.GetAttributeAsync("data-label"), Is.EqualTo("Period"));
        Assert.That(await firstCell.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"), Is.EqualTo("\"Period\""));
        await Expect(table.Locator("thead th").First).Not.ToBeVisibleAsync();
        // The statement link, off-screen before, is inside the screen.
        var statement = table.Locator("tbody tr").First.Locator("td[data-label='Statement'] a");
        var right = await statement.EvaluateAsync<double>("a => a.getBoundingClientRect().right");
        Assert.That(right, Is.LessThanOrEqualTo(390));
        Assert.That(await FitsTheScreenAsync(), Is.True);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        await UseStaffDesktopAsync();
        Assert.That(await table.Locator("thead").EvaluateAsync<double>("h => h.getBoundingClientRect().height"), Is.GreaterThan(10));
        Assert.That(await firstCell.EvaluateAsync<string>("td => getComputedStyle(td).display"), Is.EqualTo("table-cell"));
    }

    [Test]
    public async Task TheStaffMenuSitsOnOneLineAtAStaffLaptopsWidth()
    {
        await SignInAsync("staff@demo.coop");
        await UseStaffDesktopAsync();
        await Page.GotoAsync(Url("/Staff"));

        var tops = await Page.Locator("header nav .nav-item").EvaluateAllAsync<double[]>(
            "items => items.map(i => Math.round(i.getBoundingClientRect().top))");
        Assert.That(tops.Length, Is.GreaterThan(6));
        // One line: the sign-out button may sit a few pixels lower than the links, never a line lower.
        Assert.That(tops.Max() - tops.Min(), Is.LessThan(16), $"The menu items start at different heights: {string.Join(", ", tops)}");
        Assert.That(await Page.Locator("header nav").EvaluateAsync<double>("n => n.getBoundingClientRect().height"), Is.LessThan(70));
        Assert.That(await FitsTheScreenAsync(), Is.True);

        // On a phone the same menu folds behind the toggler.
        await UsePhoneAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Data review" })).Not.ToBeVisibleAsync();
    }

    [Test]
    public async Task ContactsAreLinksAPhoneCanTapAndAddingAPersonLandsOnTheRoster()
    {
        await SignInAsync("rep@demo.coop");
        await UsePhoneAsync();
        await Page.GotoAsync(Url("/MyCoop/Person"));
        await Page.GetByLabel("Full name").FillAsync("Rosa Phone-Layout");
        await Page.GetByLabel("Email").FillAsync("rosa.layout@demo-bakery.example");
        await Page.GetByLabel("Phone").FillAsync("(413) 555-0177");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to the roster" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/MyCoop#roster$"));
        var roster = Page.Locator("#roster");
        await Expect(roster).ToContainTextAsync("Rosa Phone-Layout");
        await Expect(roster.GetByRole(AriaRole.Heading, new() { Name = "Roster" })).ToBeInViewportAsync();
        await Expect(roster.Locator("a[href='mailto:rosa.layout@demo-bakery.example']")).ToHaveTextAsync("rosa.layout@demo-bakery.example");
        await Expect(roster.Locator("a[href='tel:4135550177']")).ToHaveTextAsync("(413) 555-0177");
        Assert.That(await FitsTheScreenAsync(), Is.True);

        // Tidy up: the shared demo co-op keeps its roster as other tests expect it.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Remove Rosa Phone-Layout" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, remove Rosa Phone-Layout" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("removed from the roster");
    }

    /// <summary>The given pages plus every same-site page the main menu links to.</summary>
    private async Task<List<string>> ReachablePagesAsync(params string[] start)
    {
        await Page.GotoAsync(Url(start[0]));
        var menu = await Page.Locator("header nav a.nav-link").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        return start.Concat(menu.Where(h => h.StartsWith('/'))).Distinct().ToList();
    }

    /// <summary>Each page that scrolls sideways at the current size, with how wide it is.</summary>
    private async Task<List<string>> PagesThatOverflowAsync(IEnumerable<string> pages)
    {
        var overflowing = new List<string>();
        foreach (var path in pages.Select(p => p.Split('#')[0]).Where(p => p.Length > 0).Distinct())
        {
            var response = await Page.GotoAsync(path.StartsWith("http", StringComparison.Ordinal) ? path : Url(path));
            Assert.That(response?.Ok, Is.True, $"{path} answered {response?.Status}");
            if (!await FitsTheScreenAsync())
            {
                var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                overflowing.Add($"{path} is {width} px wide");
            }
        }

        return overflowing;
    }
}
