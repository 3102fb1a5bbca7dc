using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

public sealed class RepTests : BrowserTest
{
    [Test]
    public async Task ARepAddsAWorkerToTheRosterAndRemovesThemAfterConfirming()
    {
        await SignInAsync("rep@demo.coop");
        await Page.GotoAsync(Url("/MyCoop"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a person to the roster" }).ClickAsync();
        await Page.GetByLabel("Full name").FillAsync("Jordan Okafor");
        await Page.GetByLabel("Role at the co-op").FillAsync("Night baker");
        await Page.GetByLabel("Phone").FillAsync("call me");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to the roster" }).ClickAsync();

        await Expect(Page.Locator("main")).ToContainTextAsync("Enter a phone number like 413-555-0123.");
        Assert.That(await Page.GetByLabel("Full name").InputValueAsync(), Is.EqualTo("Jordan Okafor"));
        await Page.GetByLabel("Phone").FillAsync("413-555-0188");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to the roster" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Jordan Okafor is added to the roster.");
        await Expect(Page.Locator("main")).ToContainTextAsync("Night baker");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Remove Jordan Okafor" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Remove Jordan Okafor from the roster?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, remove Jordan Okafor" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Jordan Okafor is removed from the roster.");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Night baker");
    }

    [Test]
    public async Task ARepSeesTheirWorkerCountsAndRevenueReadOnlyFromTheSelfReportAndSavesTheRestOfTheProfile()
    {
        await SignInAsync("rep@demo.coop");
        await Page.GotoAsync(Url("/MyCoop/Edit"));

        await Expect(Page.Locator("main")).ToContainTextAsync("From your self-report");
        await Expect(Page.GetByLabel("Worker-owners")).Not.ToBeEditableAsync();
        await Expect(Page.GetByLabel("Other workers")).Not.ToBeEditableAsync();
        await Expect(Page.GetByLabel("Yearly revenue")).Not.ToBeEditableAsync();
        await Expect(Page.GetByLabel("Yearly revenue")).ToHaveValueAsync("$500,000 – $1 million");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        await Page.GetByLabel("Phone").FillAsync("413-555-0142");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your co-op's profile is saved.");
        await Expect(Page.Locator("main")).ToContainTextAsync("14 worker-owners");
    }

    [Test]
    public async Task TheRosterEditAndRemoveStepsPassTheAccessibilityCheck()
    {
        await SignInAsync("rep@demo.coop");
        await Page.GotoAsync(Url("/MyCoop"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit Malik Santos" }).ClickAsync();
        await Expect(Page.GetByLabel("Full name")).ToHaveValueAsync("Malik Santos");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        await Page.GotoAsync(Url("/MyCoop"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Remove Malik Santos" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Remove Malik Santos from the roster?");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [Test]
    public async Task MyCoopFitsAPhoneWithoutSidewaysScrolling()
    {
        await using var phone = await BrowserSetup.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
        });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(Url("/Account/Login"));
        await page.GetByLabel("Email").FillAsync("rep@demo.coop");
        await page.GetByLabel("Password").FillAsync("CoopDemo!2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/MyCoop");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.That(overflow, Is.LessThanOrEqualTo(0));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Pioneer Valley Bread");
    }

    [Test]
    public async Task ARepSeesNoStatusDecisions()
    {
        await SignInAsync("rep@demo.coop");
        await Page.GotoAsync(Url("/MyCoop"));

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Suspend" })).ToHaveCountAsync(0);
        await Expect(Page.Locator("main")).ToContainTextAsync("active member of the alliance");
        var staffHome = await Page.GotoAsync(Url("/Staff"));
        Assert.That(staffHome!.Url, Does.Contain("/Account/AccessDenied"));
    }
}
