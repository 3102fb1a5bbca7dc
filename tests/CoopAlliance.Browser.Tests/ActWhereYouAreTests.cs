using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// People act on the page where they read about the thing: a mentor answers an offer on the co-op's own page, and
/// staff triage and assign a request with one form. On a phone and on a desktop; each test makes its own records.
/// </summary>
public sealed class ActWhereYouAreTests : BrowserTest
{
    public enum Screen { Phone, Desktop }

    private Task UseAsync(Screen screen) => screen == Screen.Phone ? UsePhoneAsync() : UseStaffDesktopAsync();

    [TestCase(Screen.Phone)]
    [TestCase(Screen.Desktop)]
    public async Task AMentorAcceptsAnOfferOnTheCoopsPage(Screen screen)
    {
        var pair = await MentorSeed.CreateAsync();
        await MentorSeed.OfferAsync(pair);
        await UseAsync(screen);
        await SignInAsync(pair.MentorEmail, MentorSeed.Password);

        await Page.GotoAsync(Url($"/Mentor/Coop/{pair.CoopId}"));
        var offer = Page.Locator("#offer");
        await Expect(offer.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Would you mentor {pair.CoopName}?");
        await Expect(offer).ToContainTextAsync("same sector");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Log the session" })).ToHaveCountAsync(0);
        Assert.That(await FitsTheScreenAsync(), Is.True, "no horizontal scroll");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the co-op page with an offer");

        await offer.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"You are now mentoring {pair.CoopName}");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo($"/Mentor/Coop/{pair.CoopId}"), "still on the co-op's page");
        await Expect(Page.Locator("#offer")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Log the session" })).ToBeVisibleAsync();
        Assert.That(await MentorSeed.MatchStatusAsync(pair), Is.EqualTo(MatchStatus.Active));
    }

    [TestCase(Screen.Phone)]
    [TestCase(Screen.Desktop)]
    public async Task AMentorDeclinesAnOfferOnTheCoopsPageAfterConfirming(Screen screen)
    {
        var pair = await MentorSeed.CreateAsync();
        await MentorSeed.OfferAsync(pair);
        await UseAsync(screen);
        await SignInAsync(pair.MentorEmail, MentorSeed.Password);
        await Page.GotoAsync(Url($"/Mentor/Coop/{pair.CoopId}"));
        var offer = Page.Locator("#offer");

        await offer.GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();
        await Expect(offer).ToContainTextAsync("Tell the staff why");
        await offer.GetByLabel("Reason for declining").FillAsync("No time until the harvest is in.");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();

        var confirm = Page.Locator(".confirm-decision");
        await Expect(confirm.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Decline to mentor {pair.CoopName}?");
        await Expect(confirm).ToContainTextAsync("No time until the harvest is in.");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the decline confirmation");
        await confirm.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Expect(Page.Locator("#offer").GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true })).ToBeVisibleAsync();
        Assert.That(await MentorSeed.MatchStatusAsync(pair), Is.EqualTo(MatchStatus.Offered), "Cancel changes nothing");

        await Page.Locator("#offer").GetByLabel("Reason for declining").FillAsync("No time until the harvest is in.");
        await Page.Locator("#offer").GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, decline" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"You declined to mentor {pair.CoopName}");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/Mentor"));
        Assert.That(await MentorSeed.MatchStatusAsync(pair), Is.EqualTo(MatchStatus.Declined));
    }

    /// <summary>A request of a co-op of our own, sent and not yet triaged.</summary>
    private static async Task<(int Id, string Title)> RequestAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var scope = BrowserSetup.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var coopId = await mediator.Send(new CreateCoop { LegalName = $"Millers Falls Grain Cooperative {tag}", Town = "Millers Falls", State = "MA", WorkerOwners = 6 });
        var title = $"Facilitate our budget meeting {tag}";
        var id = await mediator.Send(new SubmitAssistanceRequest
        {
            CoopId = coopId,
            Category = AssistanceCategory.GovernanceAndFacilitation,
            Title = title,
            Description = "Our budget meeting needs a facilitator who knows co-ops.",
        });
        return (id, title);
    }

    private static async Task<(AssistanceStatus Status, Priority Priority, string? Provider)> StateAsync(int id)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var ta = await db.AssistanceRequests.AsNoTracking().SingleAsync(r => r.Id == id);
        var provider = await db.Providers.Where(p => p.Id == ta.ProviderId).Select(p => p.Name).FirstOrDefaultAsync();
        return (ta.Status, ta.Priority, provider);
    }

    [TestCase(Screen.Phone)]
    [TestCase(Screen.Desktop)]
    public async Task StaffTriageAndAssignARequestWithOneForm(Screen screen)
    {
        var (id, title) = await RequestAsync();
        await UseAsync(screen);
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url($"/Assistance/Requests/{id}"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);

        var form = Page.Locator("#triage");
        await Expect(form.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Triage and assign");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true })).ToHaveCountAsync(0);
        await form.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync("High");
        await form.GetByLabel("Estimated hours").FillAsync("4");
        await form.GetByLabel("Provider", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Priya Raman (Facilitation Commons) · subsidized" });
        await form.GetByLabel("Note for the provider (optional; the co-op sees it in the timeline)").FillAsync("They meet on Thursday evenings.");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the request page");
        await form.GetByRole(AriaRole.Button, new() { Name = "Triage and assign" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The triage is saved and Priya Raman is assigned");
        await Expect(Page.Locator("main")).ToContainTextAsync("Priya Raman: They meet on Thursday evenings.");
        Assert.That(await StateAsync(id), Is.EqualTo((AssistanceStatus.Assigned, Priority.High, (string?)"Priya Raman")));
        await Expect(Page.Locator("#triage").GetByRole(AriaRole.Button, new() { Name = "Save the triage and provider" })).ToBeVisibleAsync();
        await Expect(Page.Locator("#Assign_ProviderId option:checked")).ToHaveTextAsync("Priya Raman (Facilitation Commons) · subsidized");
    }
}
