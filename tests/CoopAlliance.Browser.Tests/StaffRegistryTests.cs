using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>Staff keeping the registry in the browser. Each test works on its own demo co-op.</summary>
public sealed class StaffRegistryTests : BrowserTest
{
    [Test]
    public async Task StaffEditACoopAndSeeTheChangeInItsAuditTrail()
    {
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Coops?q=Quill"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Quill & Press Printing Cooperative" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit profile" }).ClickAsync();
        await Page.GetByLabel("Phone").FillAsync("413-555-0177");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("is saved");
        var audit = Page.Locator("#audit");
        await Expect(audit).ToContainTextAsync("Update co-op");
        await Expect(audit).ToContainTextAsync("Phone: 413-555-0");
        await Expect(audit).ToContainTextAsync("→ 413-555-0177");
    }

    [Test]
    public async Task AStaleEditIsRefusedInlineAndWhatWasTypedIsKept()
    {
        await SignInAsync("staff@demo.coop");
        var id = await Registry.IdOfAsync("Clean Sweep Cleaning Cooperative");
        var other = await Context.NewPageAsync();
        await Page.GotoAsync(Url($"/Coops/Edit/{id}"));
        await other.GotoAsync(Url($"/Coops/Edit/{id}"));

        await other.GetByLabel("Town").FillAsync("South Hadley");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("is saved");

        await Page.GetByLabel("Sector").FillAsync("Green cleaning");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(Page.Locator(".alert-danger")).ToContainTextAsync("Someone else changed this record");
        Assert.That(await Page.GetByLabel("Sector").InputValueAsync(), Is.EqualTo("Green cleaning"));
    }

    [Test]
    public async Task DecliningAnApplicationAsksForAReasonAndAConfirmation()
    {
        await SignInAsync("staff@demo.coop");
        var id = await Registry.IdOfAsync("Holyoke Translation Cooperative");
        await Page.GotoAsync(Url($"/Coops/Details/{id}"));

        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#membership")).ToContainTextAsync("Give a reason");

        await Page.GetByLabel("Reason (kept in the history)").Nth(0).FillAsync("Not yet incorporated.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Decline Lenguas Unidas?" })).ToBeVisibleAsync();
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, decline" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lenguas Unidas is now declined.");
        await Expect(Page.Locator("#history")).ToContainTextAsync("Not yet incorporated.");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Reopen the application" })).ToBeVisibleAsync();
        await Expect(Page.Locator("#audit")).ToContainTextAsync("Status: Applicant → Declined");
    }

    [Test]
    public async Task ADecisionSomeoneElseAlreadyMadeIsRefusedInline()
    {
        await SignInAsync("staff@demo.coop");
        var id = await Registry.IdOfAsync("Seedling Web Design Cooperative");
        var other = await Context.NewPageAsync();
        await Page.GotoAsync(Url($"/Coops/Details/{id}"));
        await other.GotoAsync(Url($"/Coops/Details/{id}"));
        await other.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("Seedling is now active.");

        await Page.GetByLabel("Note (optional)").First.FillAsync("Second approval");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();

        await Expect(Page.Locator("#membership .alert-danger")).ToContainTextAsync("Seedling is active, so you cannot approve it");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [Test]
    public async Task TheExportCarriesTheListsFilters()
    {
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Coops?status=Lapsed"));
        var href = await Page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).GetAttributeAsync("href");

        var csv = await (await Page.APIRequest.GetAsync(Url(href!))).TextAsync();

        Assert.That(csv, Does.Contain("Hilltown Brewing Workers Cooperative"));
        Assert.That(csv, Does.Not.Contain("Pioneer Valley Bread Cooperative"));
    }

    [Test]
    public async Task TheStaffHomeLinksEachCountToItsList()
    {
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Staff"));

        await Page.GetByRole(AriaRole.Link, new() { Name = "under review" }).First.ClickAsync();

        Assert.That(Page.Url, Does.Contain("status=UnderReview"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Bellows Falls Grocery Workers" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task RunningTheDataReviewListsTheIncompleteRecords()
    {
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Staff"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Run the data review now" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The data review is done");
        Assert.That(Page.Url, Does.Contain("/Staff/DataReview"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Rockingham Solar Cooperative" })).ToBeVisibleAsync();
    }
}
