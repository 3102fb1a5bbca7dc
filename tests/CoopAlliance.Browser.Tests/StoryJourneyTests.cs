using Microsoft.Playwright;

namespace CoopAlliance.Browser.Tests;

/// <summary>A visitor tells their co-op's story, staff approve it, and it appears on /stories; the public story pages pass axe.</summary>
public sealed class StoryJourneyTests : BrowserTest
{
    [Test]
    public async Task AVisitorsStoryIsShownOnlyOnceStaffApproveIt()
    {
        await Page.GotoAsync(Url("/stories/submit"));
        await Page.GetByLabel("Your co-op").FillAsync("Berkshire Bookkeeping Collective");
        await Page.GetByLabel("Your name").FillAsync("Ada Lindqvist");
        await Page.GetByLabel("Your email").FillAsync("ada@berkshirebooks.example.coop");
        await Page.GetByLabel("Title").FillAsync("Payroll without a boss");
        await Page.GetByLabel("Your story").FillAsync("Five of us keep the books for forty small businesses in Pittsfield.");
        await Page.GetByLabel("I agree that the alliance may publish this story with my name").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send your story" }).ClickAsync();
        Assert.That(await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("Thank you for your story"));

        await Page.GotoAsync(Url("/stories"));
        Assert.That(await Page.ContentAsync(), Does.Not.Contain("Payroll without a boss"));

        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Marketing/Stories?status=Pending"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Payroll without a boss" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        Assert.That(await Page.Locator(".alert-success, .flash, [role=status]").First.InnerTextAsync(), Does.Contain("Story published"));

        await Page.GotoAsync(Url("/stories"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Payroll without a boss" }).ClickAsync();
        Assert.That(await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("Payroll without a boss"));
        Assert.That(await Page.ContentAsync(), Does.Contain("Ada Lindqvist").And.Not.Contain("ada@berkshirebooks"));
    }

    [Test]
    public async Task AStoryWithoutConsentIsRefusedWithTheMessageAtTheBox()
    {
        await Page.GotoAsync(Url("/stories/submit"));
        await SkipBrowserChecksAsync();
        await Page.GetByLabel("Your co-op").FillAsync("Toolbox Carpentry");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send your story" }).ClickAsync();

        Assert.That(await Page.Locator(".error-summary").InnerTextAsync(), Does.Contain("Tick the box to let us publish your story."));
        Assert.That(await Page.GetByLabel("Your co-op").InputValueAsync(), Is.EqualTo("Toolbox Carpentry"));
    }

    [TestCase("/stories")]
    [TestCase("/stories/submit")]
    public async Task TheStoryPagesPassTheAutomatedAccessibilityCheck(string path)
    {
        await Page.GotoAsync(Url(path));

        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }
}
