using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>The registry's two journeys from the foundation issue, in a real browser.</summary>
public sealed class RegistryJourneyTests : BrowserTest
{
    [Test]
    public async Task StaffFindAPendingApplicantApproveItAndSeeItActive()
    {
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Coops"));
        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Under review" });
        await Page.GetByLabel("Search").FillAsync("Amherst Tech");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Amherst Tech Repair Workers Cooperative" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("now active");
        await Page.GotoAsync(Url("/Coops?status=Active&q=Amherst+Tech"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Amherst Tech Repair Workers Cooperative" })).ToBeVisibleAsync();
        Assert.That(await StatusOfAsync("Amherst Tech Repair Workers Cooperative"), Is.EqualTo(MembershipStatus.Active));
    }

    [Test]
    public async Task ARepEditsTheirCoopAndCannotOpenAnotherCoop()
    {
        await SignInAsync("rep@demo.coop");
        await Page.GotoAsync(Url("/MyCoop"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Pioneer Valley Bread");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit our profile" }).ClickAsync();
        await Page.GetByLabel("Phone").FillAsync("413-555-0199");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("profile is saved");
        await Expect(Page.Locator("main")).ToContainTextAsync("413-555-0199");

        var other = await IdOfAsync("Sunrise Solar Installers Cooperative, Inc.");
        var staffPage = await Page.GotoAsync(Url($"/Coops/Details/{other}"));
        Assert.That(staffPage!.Url, Does.Contain("/Account/AccessDenied"));
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Sunrise Solar");

        // The API takes bearer tokens only: the page's session cookie opens nothing there (no cross-site use of it).
        var api = await Page.APIRequest.GetAsync(Url($"/api/v1/coops/{other}"));
        Assert.That(api.Status, Is.EqualTo(401));
    }

    private static async Task<int> IdOfAsync(string legalName)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return await db.Cooperatives.Where(c => c.LegalName == legalName).Select(c => c.Id).SingleAsync();
    }

    private static async Task<MembershipStatus> StatusOfAsync(string legalName)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return await db.Cooperatives.Where(c => c.LegalName == legalName).Select(c => c.Status).SingleAsync();
    }
}
