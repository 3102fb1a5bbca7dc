using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Every list is in the order it says: the query orders by the column the caption names ("Sorted by Sent, newest first"),
/// the active header carries aria-sort and an arrow, and the assistance queue opens on open requests, newest sent first.
/// </summary>
public sealed partial class ListSortTests : WebTest
{
    [GeneratedRegex("<th[^>]*aria-sort=\"(ascending|descending)\"[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex ActiveHeader();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return html;
    }

    /// <summary>The body of the page's first table.</summary>
    private static string Rows(string html)
    {
        var start = html.IndexOf("<tbody>", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "the page has a table");
        return html[start..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
    }

    /// <summary>The ids in the links to <paramref name="path"/>/{id}, in the order the rows show them (each once).</summary>
    private static List<int> IdsLinked(string rows, string path) =>
        Regex.Matches(rows, $"href=\"{Regex.Escape(path)}/(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();

    /// <summary>Asserts the one header with aria-sort, its direction and text, and the caption that says the order.</summary>
    private static void AssertShownOrder(string html, string column, string direction, string words)
    {
        var active = ActiveHeader().Matches(html);
        Assert.That(active, Has.Count.EqualTo(1), "exactly one header is the active sort");
        Assert.That(active[0].Groups[1].Value, Is.EqualTo(direction));
        Assert.That(Tags().Replace(active[0].Groups[2].Value, "").Trim(), Does.StartWith(column));
        Assert.That(active[0].Groups[2].Value, Does.Contain("class=\"sort-arrow\""), "the active header shows an arrow");
        Assert.That(html, Does.Contain(words), "the list says its order");
    }

    private static async Task<int> AskForHelpAsync(HttpClient rep, string title)
    {
        var created = await rep.PostAsJsonAsync("/api/v1/ta-requests", new
        {
            category = "Other",
            title,
            description = "Known data for the sort test.",
            urgency = "Normal",
            preferredContact = "Email",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return (await ReadAsync<JsonElement>(created)).GetProperty("id").GetInt32();
    }

    private Task SentOnAsync(int requestId, DateTimeOffset at) => App.WithDbAsync(async db =>
    {
        var request = await db.AssistanceRequests.SingleAsync(r => r.Id == requestId);
        db.Entry(request).Property(r => r.SubmittedAt).CurrentValue = at;
        return await db.SaveChangesAsync();
    });

    [Test]
    public async Task TheAssistanceQueueOpensOnOpenRequestsWithTheOneSentTodayAboveOneSentInSeptember()
    {
        var rep = await RepAsync();
        var staff = await StaffAsync();
        // The earlier number is sent today; the later one is backdated to September: number order would put it first.
        var today = await AskForHelpAsync(rep, "Sortcheck sent today");
        var september = await AskForHelpAsync(rep, "Sortcheck sent in September");
        var declined = await AskForHelpAsync(rep, "Sortcheck declined long ago");
        await SentOnAsync(september, App.UtcNow.AddDays(-80));
        Assert.That((await staff.PostAsJsonAsync($"/api/v1/ta-requests/{declined}/decline", new { reason = "Out of scope for the alliance." })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));

        var queue = await PageAsync(staff, "/Assistance?q=Sortcheck");
        var everything = await PageAsync(staff, "/Assistance?q=Sortcheck&open=false");
        var repList = await PageAsync(rep, "/MyCoop/Assistance?q=Sortcheck");

        Assert.That(IdsLinked(Rows(queue), "/Assistance/Requests"), Is.EqualTo(new[] { today, september }), "open requests only, newest sent first");
        Assert.That(queue, Does.Contain("id=\"open\" name=\"open\" value=\"true\" checked=\"checked\""), "the filter shows it is on");
        AssertShownOrder(queue, "Sent", "descending", "Sorted by Sent, newest first");
        Assert.That(IdsLinked(Rows(everything), "/Assistance/Requests"), Does.Contain(declined), "unticking the box shows every request");
        Assert.That(IdsLinked(repList, "/MyCoop/Assistance"), Is.EqualTo(new[] { declined, today, september }),
            "the rep's requests (open or not): newest sent first");
        Assert.That(repList, Does.Contain("Sorted by Sent, newest first"));
    }

    [Test]
    public async Task TheQueueSortedOldestFirstPutsSeptemberFirstAndSaysSo()
    {
        var rep = await RepAsync();
        var staff = await StaffAsync();
        var first = await AskForHelpAsync(rep, "Oldestcheck one");
        var second = await AskForHelpAsync(rep, "Oldestcheck two");
        await SentOnAsync(second, App.UtcNow.AddDays(-80));

        var html = await PageAsync(staff, "/Assistance?q=Oldestcheck&asc=true");

        Assert.That(IdsLinked(Rows(html), "/Assistance/Requests"), Is.EqualTo(new[] { second, first }));
        AssertShownOrder(html, "Sent", "ascending", "Sorted by Sent, oldest first");
        Assert.That(html, Does.Contain("href=\"/Assistance?q=Oldestcheck\""), "the active header's link turns the order round");
    }

    [Test]
    public async Task TheCoopListIsByNameAToZ()
    {
        var staff = await StaffAsync();
        var html = await PageAsync(staff, "/Coops");

        var shown = IdsLinked(Rows(html), "/Coops/Details");
        var expected = await App.WithDbAsync(async db => (await db.Cooperatives.Select(c => new { c.Id, c.LegalName }).ToListAsync())
            .OrderBy(c => c.LegalName, StringComparer.Ordinal).ThenBy(c => c.Id).Select(c => c.Id).Take(shown.Count).ToList());
        Assert.That(shown, Has.Count.GreaterThan(5));
        Assert.That(shown, Is.EqualTo(expected));
        AssertShownOrder(html, "Name", "ascending", "Sorted by Name, A to Z");
    }

    [Test]
    public async Task InvoicesAreByIssueDateNewestFirst()
    {
        var staff = await StaffAsync();
        var html = await PageAsync(staff, "/Dues/Invoices");

        var shown = IdsLinked(Rows(html), "/Dues/Invoice");
        var issued = await App.WithDbAsync(db => db.Invoices.Where(i => shown.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.IssuedOn));
        Assert.That(shown, Has.Count.GreaterThan(2));
        Assert.That(shown.Select(id => issued[id]), Is.Ordered.Descending);
        Assert.That(issued.Values.Distinct().Count(), Is.GreaterThan(1), "the demo invoices span more than one day");
        AssertShownOrder(html, "Invoice", "descending", "Sorted by Issued, newest first");
    }

    [Test]
    public async Task MentorsAreByNameAToZ()
    {
        var staff = await StaffAsync();
        var html = await PageAsync(staff, "/Mentoring/Mentors");

        var shown = IdsLinked(Rows(html), "/Mentoring/Mentor");
        var names = await App.WithDbAsync(db => db.Mentors.ToDictionaryAsync(m => m.Id, m => m.FullName));
        Assert.That(shown, Has.Count.GreaterThan(1));
        Assert.That(shown.Select(id => names[id]), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        AssertShownOrder(html, "Name", "ascending", "Sorted by Name, A to Z");
    }

    [Test]
    public async Task MatchesAreNewestProposedFirst()
    {
        var staff = await StaffAsync();
        var html = await PageAsync(staff, "/Mentoring/Matches");

        var coops = IdsLinked(Rows(html), "/Mentoring/Coop");
        var proposed = await App.WithDbAsync(async db => (await db.MentorMatches.Select(m => new { m.DevelopingCoopId, m.ProposedAt, m.Id }).ToListAsync())
            .OrderByDescending(m => m.ProposedAt).ThenByDescending(m => m.Id).Select(m => m.DevelopingCoopId).Distinct().ToList());
        Assert.That(coops, Is.EqualTo(proposed.Take(coops.Count)));
        AssertShownOrder(html, "Dates", "descending", "Sorted by Proposed, newest first");
    }

    [Test]
    public async Task DataReviewFollowUpsAreOldestFlaggedFirst()
    {
        var staff = await StaffAsync();
        await App.WithDbAsync(async db =>
        {
            // Two findings flagged on known days, the later one for the co-op with the smaller id.
            var coops = await db.Cooperatives.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
            db.DataReviewFindings.RemoveRange(db.DataReviewFindings);
            db.DataReviewFindings.Add(new Domain.Operations.DataReviewFinding(coops[0], ["Phone"], App.Today.AddDays(-2)));
            db.DataReviewFindings.Add(new Domain.Operations.DataReviewFinding(coops[1], ["Email"], App.Today.AddDays(-30)));
            return await db.SaveChangesAsync();
        });
        var expected = await App.WithDbAsync(db => db.DataReviewFindings.OrderBy(f => f.FirstFlaggedOn).Select(f => f.CooperativeId).ToListAsync());

        var html = await PageAsync(staff, "/Staff/DataReview");

        Assert.That(IdsLinked(Rows(html), "/Coops/Details"), Is.EqualTo(expected));
        AssertShownOrder(html, "First flagged", "ascending", "Sorted by First flagged, oldest first");
    }

    [Test]
    public async Task EmailsAreNewestFirstAndLoginsByName()
    {
        var staff = await StaffAsync();
        await App.WithDbAsync(db =>
        {
            db.OutboxMessages.Add(new Domain.Operations.OutboxMessage("older@example.coop", "Sortcheck older", "Body", App.UtcNow.AddDays(-3)));
            db.OutboxMessages.Add(new Domain.Operations.OutboxMessage("newer@example.coop", "Sortcheck newer", "Body", App.UtcNow.AddDays(-1)));
            return db.SaveChangesAsync();
        });

        var emails = await PageAsync(staff, "/Staff/Emails?status=Pending&q=Sortcheck");
        AssertShownOrder(emails, "Created", "descending", "Sorted by Created, newest first");
        Assert.That(Rows(emails).IndexOf("Sortcheck newer", StringComparison.Ordinal), Is.LessThan(Rows(emails).IndexOf("Sortcheck older", StringComparison.Ordinal)));
        var logins = await PageAsync(staff, "/Staff/Users");
        AssertShownOrder(logins, "Name", "ascending", "Sorted by Name, A to Z");
        var names = await App.WithDbAsync(db => db.Users.OrderBy(u => u.FullName).ThenBy(u => u.Id).Select(u => u.FullName).ToListAsync());
        var positions = names.Take(5).Select(n => Rows(logins).IndexOf(WebUtility.HtmlEncode(n), StringComparison.Ordinal)).ToList();
        Assert.That(positions, Is.All.GreaterThanOrEqualTo(0));
        Assert.That(positions, Is.Ordered);
    }

    [Test]
    public async Task ProvidersAndAStagesListSayTheirOrder()
    {
        var staff = await StaffAsync();

        AssertShownOrder(await PageAsync(staff, "/Assistance/Providers"), "Name", "ascending", "Sorted by Name (active providers first), A to Z");
        var stage = await PageAsync(staff, "/Mentoring?stage=Idea");
        AssertShownOrder(stage, "Developing co-op", "ascending", "Sorted by Developing co-op, A to Z");
        var shown = IdsLinked(Rows(stage), "/Mentoring/Coop");
        var names = await App.WithDbAsync(db => db.DevelopingCoops.ToDictionaryAsync(c => c.Id, c => c.Name));
        Assert.That(shown, Has.Count.GreaterThan(1));
        Assert.That(shown.Select(id => names[id]), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }
}
