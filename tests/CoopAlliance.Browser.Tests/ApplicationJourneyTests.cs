using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

public sealed class ApplicationJourneyTests : BrowserTest
{
    [Test]
    public async Task AVisitorAppliesAndStaffFindTheApplicant()
    {
        await Page.GotoAsync(Url("/Public/Apply"));
        await Page.GetByLabel("Contact's name").FillAsync("Ana Ferreira");
        await Page.GetByLabel("Contact's email").FillAsync("ana@toollibrary.coop");
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();

        await Expect(Page.Locator("main")).ToContainTextAsync("Enter the co-op's legal name.");
        Assert.That(await Page.GetByLabel("Contact's name").InputValueAsync(), Is.EqualTo("Ana Ferreira"));

        await Page.GetByLabel("Legal name").FillAsync("Greenfield Tool Library Workers Cooperative");
        await Page.GetByLabel("Town").FillAsync("Greenfield");
        await Page.GetByLabel("Sector").FillAsync("Tool rental");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Thank you for applying");
        await Expect(Page.Locator("main")).ToContainTextAsync("Greenfield Tool Library Workers Cooperative");

        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Coops?status=Applicant"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Greenfield Tool Library Workers Cooperative" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task TheDirectoryListsActiveMembersOnlyAndFiltersBySector()
    {
        await Page.GotoAsync(Url("/Public/Directory"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Pioneer Valley Bread" })).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Deerfield Valley Cafe");

        await Page.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Printing" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Quill & Press" })).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Pioneer Valley Bread");
    }
}
