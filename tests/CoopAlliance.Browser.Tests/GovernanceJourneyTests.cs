using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Governance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// A special meeting, end to end in Chromium: staff open it, delegates check in until quorum is met, a secret-ballot
/// motion is voted on by two co-ops — one recorded by staff in the room, one cast by the rep from their own page —
/// and closed; the result shows and the minutes are published, and the minutes link serves the PDF.
/// </summary>
public sealed class GovernanceJourneyTests : BrowserTest
{
    [Test]
    public async Task StaffOpenAMeetingDelegatesReachQuorumTwoCoopsVoteInSecretAndTheResultAndMinutesArePublished()
    {
        var (meetingId, title) = await NewMeetingAsync();
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        // Staff find the meeting from the co-ops page and open it.
        await UseStaffDesktopAsync();
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Coops"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "meetings, votes and the board" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Open the meeting" }).ClickAsync();
        Assert.That(await Page.Locator("[data-quorum]").GetAttributeAsync("data-quorum"), Is.EqualTo("not-met"));

        // Delegates arrive: check them in one by one until quorum shows met.
        for (var i = 0; i < 40 && await Page.Locator("[data-quorum]").GetAttributeAsync("data-quorum") != "met"; i++)
        {
            var before = (await Page.Locator("[data-present]").InnerTextAsync()).Trim();
            await Page.Locator("button", new() { HasTextString = "Check in " }).First.ClickAsync();
            await Page.WaitForFunctionAsync($"() => document.querySelector('[data-present]')?.textContent.trim() !== '{before}'");
        }

        Assert.That(await Page.Locator("[data-quorum]").GetAttributeAsync("data-quorum"), Is.EqualTo("met"));
        Assert.That(await Page.Locator("[data-quorum]").InnerTextAsync(), Does.Contain("Quorum met"));

        // A secret-ballot motion, opened.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a motion" }).First.ClickAsync();
        await Page.GetByLabel("Title").FillAsync("Join the regional solidarity economy network");
        await Page.GetByLabel("Secret ballot").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the motion" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Open voting" }).ClickAsync();

        // Staff record the vote cast in the room by Sunrise Solar.
        var motion = Page.Locator("[data-motion='Join the regional solidarity economy network']");
        await motion.GetByLabel("Record the vote of").SelectOptionAsync(new SelectOptionValue { Label = "Sunrise Solar" });
        await motion.GetByLabel("For", new() { Exact = true }).CheckAsync();
        await motion.GetByRole(AriaRole.Button, new() { Name = "Record the vote" }).ClickAsync();
        await Page.GetByText("The co-op's vote is recorded.").WaitForAsync();

        // The rep votes from their own page, in their own browser.
        var repContext = await BrowserSetup.Browser.NewContextAsync();
        var rep = await repContext.NewPageAsync();
        rep.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await rep.GotoAsync(Url("/Account/Login"));
        await rep.GetByLabel("Email").FillAsync("rep@demo.coop");
        await rep.GetByLabel("Password").FillAsync("CoopDemo!2026");
        await rep.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await rep.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await rep.GotoAsync(Url("/MyCoop"));
        await rep.GetByRole(AriaRole.Link, new() { Name = "Meetings and votes" }).ClickAsync();
        await rep.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var repMotion = rep.Locator("[data-motion='Join the regional solidarity economy network']");
        await repMotion.GetByLabel("Against", new() { Exact = true }).CheckAsync();
        await repMotion.GetByRole(AriaRole.Button, new() { Name = "Cast our vote" }).ClickAsync();
        await rep.Locator("[data-voted]").WaitForAsync();

        // Staff close voting: a tie, stated, and the motion fails.
        await Page.ReloadAsync();
        Assert.That(await motion.Locator("[data-ballots-cast]").InnerTextAsync(), Does.StartWith("2 of"));
        await motion.GetByRole(AriaRole.Button, new() { Name = "Close voting" }).ClickAsync();
        await motion.Locator("[data-result]").WaitForAsync();
        var result = await motion.Locator("[data-result]").InnerTextAsync();
        Assert.That(result, Does.Contain("Failed").And.Contain("1 for, 1 against").And.Contain("tie").And.Contain("2 of"));
        Assert.That(result, Does.Contain("Secret ballot: only the totals are kept."));

        // Close the meeting and publish the minutes.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Close the meeting" }).ClickAsync();
        await Page.GetByLabel("What was said and decided", new() { Exact = false }).FillAsync("The motion to join the network was debated and, tied, it failed.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish the saved minutes" }).ClickAsync();
        await Page.Locator("[data-minutes-published]").WaitForAsync();

        // The rep sees the result and downloads the minutes from the link.
        await rep.ReloadAsync();
        Assert.That(await repMotion.Locator("[data-result]").InnerTextAsync(), Does.Contain("1 for, 1 against"));
        var href = await rep.Locator("[data-minutes-link]").GetAttributeAsync("href");
        var pdf = await rep.APIRequest.GetAsync(Url(href!));
        Assert.That(pdf.Status, Is.EqualTo(200));
        Assert.That(pdf.Headers["content-type"], Does.StartWith("application/pdf"));
        Assert.That((await pdf.BodyAsync()).Length, Is.GreaterThan(1000));
        await repContext.CloseAsync();
    }

    /// <summary>A special meeting this evening whose record date was yesterday (who may vote is settled when staff open it).</summary>
    private static async Task<(int Id, string Title)> NewMeetingAsync()
    {
        var clock = BrowserSetup.App.Clock;
        var title = $"Special meeting {Guid.NewGuid():N}"[..24];
        var meeting = Meeting.Plan(new MeetingDetails(MeetingKind.Special, title, clock.UtcNow.AddHours(1), "Alliance office", null, clock.Today.AddDays(-1), 0,
            "The network question"));
        using var scope = BrowserSetup.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(CancellationToken.None);
        return (meeting.Id, title);
    }
}
