using System.Text.RegularExpressions;
using CoopAlliance.Infrastructure.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// A rep of a developing co-op (startup@demo.coop, of the Florence bakery project mentored by mentor@demo.coop) follows
/// their group's progress; staff invite such reps from the developing co-op's page.
/// </summary>
public sealed class DevelopingCoopRepTests : BrowserTest
{
    [Test]
    public async Task TheStartupRepSignsInAndSeesTheirStageMilestonesAndMentor()
    {
        await SignInAsync(DemoData.StartupRepEmail);

        await Expect(Page).ToHaveURLAsync(new Regex("/MyProject$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoData.StartupRepCoop);
        await Expect(Page.Locator("#stage-now")).ToContainTextAsync("You are at the business planning stage");
        await Expect(Page.Locator("[aria-current=step]")).ToContainTextAsync("Business planning");
        var checklist = Page.Locator("#milestones");
        await Expect(checklist).ToContainTextAsync("Bylaws drafted");
        await Expect(checklist).ToContainTextAsync(new Regex("Done\\s+Feasibility study completed"));
        await Expect(checklist.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(Page.Locator("section[aria-labelledby=mentor-h]")).ToContainTextAsync("Morgan Mentor (demo)");
        await Expect(Page.Locator("#timeline")).ToContainTextAsync("Session (75 min): Business plan review");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the developing co-op rep's page");

        // On a phone, between shifts.
        await Page.SetViewportSizeAsync(390, 844);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the developing co-op rep's page on a phone");

        // The member co-op pages are not theirs: they come back to their own page.
        await Page.GotoAsync(Url("/MyCoop/Dues"));
        await Expect(Page).ToHaveURLAsync(new Regex("/MyProject$"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My dues" })).ToHaveCountAsync(0);
    }

    [Test]
    public async Task StaffInviteARepFromTheDevelopingCoopsPageAndNothingTypedIsLost()
    {
        var email = $"grace-{Guid.NewGuid().ToString("N")[..6]}@homecare.example.coop";
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Mentoring"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Brattleboro Home Care Collective" }).First.ClickAsync();
        var reps = Page.Locator("#reps");

        await reps.GetByLabel("Email").FillAsync("grace at homecare");
        await reps.GetByLabel("Name").FillAsync("Grace Okafor");
        await SkipBrowserChecksAsync();
        await reps.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Expect(reps).ToContainTextAsync("Enter an email address like maria@example.coop.");
        await Expect(reps.GetByLabel("Name")).ToHaveValueAsync("Grace Okafor");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "invite form with an error");

        await reps.GetByLabel("Email").FillAsync(email);
        await reps.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Grace Okafor is invited as a rep of Brattleboro Home Care Collective");
        await Expect(Page.Locator("#reps")).ToContainTextAsync(email);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "developing co-op page with its reps");
    }
}
