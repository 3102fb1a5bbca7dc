using System.Net;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>The failed emails list for staff: linked from the staff home, never open to reps, and "Retry" after confirming.</summary>
public sealed class StaffEmailsPageTests : WebTest
{
    private const string SecretBody = "Choose your password: https://example.coop/Account/AcceptInvitation?token=very-secret";

    private Task<int> AddFailedEmailAsync(string to, string subject, DateTimeOffset? createdAt = null) => App.WithDbAsync(async db =>
    {
        var message = new OutboxMessage(to, subject, SecretBody, createdAt ?? App.UtcNow.AddHours(-1));
        for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
        {
            message.MarkAttemptFailed(App.UtcNow, "550 5.1.1 Mailbox does not exist");
        }

        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    });

    private async Task<HttpResponseMessage> PostRetryAsync(HttpClient client, int id, bool confirmed)
    {
        // The token of the retry form itself, as a browser sends it (a form with its own action gets none unless asked).
        var html = await (await client.GetAsync("/Staff/Emails")).Content.ReadAsStringAsync();
        var form = html[html.IndexOf("handler=Retry", StringComparison.Ordinal)..];
        var token = Forms.TokenIn(form[..form.IndexOf("</form>", StringComparison.Ordinal)]);
        var fields = new Dictionary<string, string> { ["id"] = id.ToString(), [Forms.TokenField] = token };
        if (confirmed)
        {
            fields["confirmed"] = "true";
        }

        return await client.PostAsync("/Staff/Emails?handler=Retry", new FormUrlEncodedContent(fields));
    }

    [Test]
    public async Task StaffSeeTheFailedEmailsWithTheirErrorButNeverTheirBody()
    {
        await AddFailedEmailAsync("nobody@typo.example.coop", "You are invited to CoopAlliance");
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var home = await (await staff.GetAsync("/Staff")).Content.ReadAsStringAsync();
        var page = await staff.GetAsync("/Staff/Emails");

        Assert.That(home, Does.Contain("href=\"/Staff/Emails\""), "the failed emails count links to the list");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await page.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("nobody@typo.example.coop").And.Contain("You are invited to CoopAlliance")
            .And.Contain("550 5.1.1 Mailbox does not exist").And.Contain(">Retry</button>"));
        Assert.That(html, Does.Not.Contain("very-secret"));
    }

    [Test]
    public async Task TheListShowsWhenAnEmailWasWrittenInTheAlliancesLocalTimeNotUtc()
    {
        // 01:08 UTC on 24 November is 8:08 PM on the 23rd in the alliance's zone (America/New_York, UTC−5).
        await AddFailedEmailAsync("late@typo.example.coop", "Written in the evening", new DateTimeOffset(2026, 11, 24, 1, 8, 0, TimeSpan.Zero));
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var html = await (await staff.GetAsync("/Staff/Emails?q=late%40typo")).Content.ReadAsStringAsync();

        Assert.That(App.Clock.Zone.Id, Is.EqualTo("America/New_York"));
        Assert.That(html, Does.Contain("late@typo.example.coop").And.Contain("2026-11-23 20:08"));
        Assert.That(html, Does.Not.Contain("2026-11-24 01:08").And.Not.Contain("UTC"));
    }

    [Test]
    public async Task SearchAndTheStatusFilterNarrowTheList()
    {
        await AddFailedEmailAsync("first@typo.example.coop", "Dues for December");
        await AddFailedEmailAsync("second@typo.example.coop", "Welcome aboard");
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var searched = await (await staff.GetAsync("/Staff/Emails?q=welcome")).Content.ReadAsStringAsync();
        var sent = await (await staff.GetAsync("/Staff/Emails?status=Sent")).Content.ReadAsStringAsync();

        Assert.That(searched, Does.Contain("second@typo.example.coop").And.Not.Contain("first@typo.example.coop"));
        Assert.That(sent, Does.Not.Contain("typo.example.coop"));
    }

    [Test]
    public async Task TheListPagesAndThePagerKeepsTheSearch()
    {
        for (var i = 0; i < 27; i++)
        {
            await AddFailedEmailAsync($"paged{i:00}@typo.example.coop", "Paged reminder");
        }

        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var first = await (await staff.GetAsync("/Staff/Emails?q=paged&sort=To&asc=true")).Content.ReadAsStringAsync();
        var second = await (await staff.GetAsync("/Staff/Emails?q=paged&sort=To&asc=true&pageNumber=2")).Content.ReadAsStringAsync();

        Assert.That(first, Does.Contain("href=\"/Staff/Emails?q=paged&amp;sort=To&amp;asc=True&amp;pageNumber=2\""));
        Assert.That(first, Does.Contain("paged00@").And.Contain("paged24@").And.Not.Contain("paged25@"));
        Assert.That(second, Does.Contain("paged25@").And.Contain("paged26@").And.Not.Contain("paged24@"));
        Assert.That(second, Does.Contain("27 results"));
    }

    [Test]
    public async Task RetryAsksForConfirmationThenPutsTheEmailBackInTheQueue()
    {
        var id = await AddFailedEmailAsync("retry@typo.example.coop", "Your statement");
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var asked = await PostRetryAsync(staff, id, confirmed: false);

        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await asked.Content.ReadAsStringAsync(), Does.Contain("Yes, send it again").And.Contain("retry@typo.example.coop"));
        Assert.That(await StatusAsync(id), Is.EqualTo(OutboxStatus.Failed), "nothing happens before confirming");

        var done = await PostRetryAsync(staff, id, confirmed: true);

        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StatusAsync(id), Is.EqualTo(OutboxStatus.Pending));
        var after = await (await staff.GetAsync(done.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.That(after, Does.Contain("back in the queue").And.Not.Contain("retry@typo.example.coop"));

        var again = await PostRetryAsync(staff, id, confirmed: true);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain("still waiting to be sent"));
    }

    [Test]
    public async Task ARepOrMentorCannotOpenTheEmailsPageOrRetry()
    {
        var id = await AddFailedEmailAsync("rep-cannot@typo.example.coop", "Dues");
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var mentor = await MentorAsync();

        var page = await rep.GetAsync("/Staff/Emails");
        var post = await rep.PostAsync("/Staff/Emails?handler=Retry", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id.ToString(),
            ["confirmed"] = "true",
        }));

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
        Assert.That(post.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That((await mentor.GetAsync("/Staff/Emails")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await StatusAsync(id), Is.EqualTo(OutboxStatus.Failed));
    }

    private Task<OutboxStatus> StatusAsync(int id) => App.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());
}
