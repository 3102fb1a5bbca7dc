using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// The day of an event, end to end in Chromium: a visitor registers from a phone, a volunteer checks them in by the code
/// from their confirmation, the participant puts an action forward and dots it from their own link, the facilitator
/// records a commitment, and the participant finds it on the public actions tracker.
/// </summary>
public sealed class EventJourneyTests : BrowserTest
{
    [Test]
    public async Task AVisitorRegistersOnAPhoneIsCheckedInProposesVotesAndSeesTheCommitmentOnTheTracker()
    {
        var (eventId, title) = await NewEventWithAnOpenVoteAsync();

        // The visitor, on a phone, without an account.
        await UsePhoneAsync();
        await Page.GotoAsync(Url($"/events/{eventId}/register"));
        await Page.GetByLabel("Your name").FillAsync("Rosa Delgado");
        await Page.GetByLabel("Your email").FillAsync("rosa@example.org");
        await Page.GetByLabel("Community — free").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/events/r/**");
        var myPage = Page.Url;
        Assert.That(await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo(title));
        var code = (await Page.Locator("strong.font-monospace").InnerTextAsync()).Trim();
        Assert.That(code, Has.Length.EqualTo(Registration.CodeLength));
        Assert.That(await FitsTheScreenAsync(), Is.True, "the registrant's page fits a phone");

        // A volunteer at the door, on a phone too, types the code loosely.
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url($"/Events/CheckIn?id={eventId}"));
        await Page.GetByLabel("Name or code from the confirmation").FillAsync(code[..3].ToLowerInvariant() + " " + code[3..].ToLowerInvariant());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check in Rosa Delgado" }).ClickAsync();
        Assert.That(await Page.ContentAsync(), Does.Contain("Checked in: Rosa Delgado"));

        // The participant, from their own page, puts an action forward and places a dot on it.
        await Page.GotoAsync(myPage);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Planning session: put forward actions and vote" }).ClickAsync();
        await Page.GetByLabel("What should we do?").FillAsync("A shared tool library for the valley's building co-ops");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Put it forward" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a dot to: A shared tool library for the valley's building co-ops" }).ClickAsync();
        Assert.That(await Page.Locator("#dots-left").InnerTextAsync(), Is.EqualTo("2"), "three dots each, one placed");

        // The facilitator records what an organisation commits to.
        await UseStaffDesktopAsync();
        await Page.GotoAsync(Url($"/Events/Deliberation?id={eventId}"));
        await Page.GetByLabel("Organisation (member co-op, partner or allied organisation)").FillAsync("Pioneer Valley Builders Co-op");
        await Page.GetByLabel("Commits to").FillAsync("Host the tool library in our shop for its first year");
        await Page.GetByLabel("Owner", new() { Exact = true }).FillAsync("Rosa Delgado");
        await Page.GetByLabel("Owner's email (for the follow-ups)").FillAsync("rosa@example.org");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the commitment" }).ClickAsync();

        // Back on the phone, the tracker shows the commitment — and never the owner's email.
        await UsePhoneAsync();
        await Page.GotoAsync(Url($"/events/{eventId}/actions"));
        var tracker = await Page.ContentAsync();
        Assert.That(tracker, Does.Contain("Host the tool library in our shop for its first year").And.Contain("Pioneer Valley Builders Co-op"));
        Assert.That(tracker, Does.Not.Contain("rosa@example.org"));
    }

    /// <summary>A public, published one-day event a week and a half away with one free ticket, three dots each and the vote open.</summary>
    private static async Task<(int Id, string Title)> NewEventWithAnOpenVoteAsync()
    {
        var clock = BrowserSetup.App.Clock;
        var day = clock.Now.DateTime.Date.AddDays(10);
        var title = $"Valley skill-share {Guid.NewGuid():N}"[..26];
        var ev = new Event(
            new EventDetails(title, "A day of swapping skills between member co-ops.", null, day.AddHours(9), day.AddHours(17),
                "Northampton Senior Center", "67 Conz Street, Northampton", "Northampton", "Step-free entrance on Conz Street.",
                IsPublic: true, Capacity: 60, DotsPerPerson: 3, Tracker: TrackerVisibility.Public, FollowUpDays: [30, 60]),
            new Actor(null, "Browser test"), clock.UtcNow);
        ev.AddTicketType(TicketKind.Community, "Community", 0m, null);
        ev.Publish();
        ev.OpenVoting();

        using var scope = BrowserSetup.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        db.Events.Add(ev);
        await db.SaveChangesAsync(CancellationToken.None);
        return (ev.Id, title);
    }
}
