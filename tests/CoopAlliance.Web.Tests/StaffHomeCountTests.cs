using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// The staff home counts what waits for staff (new requests to triage, requests to assign, extra hours to approve,
/// applications, suggested matches, ...), each linked to the list filtered to exactly those records, and
/// GET /api/v1/dashboard gives the same numbers.
/// </summary>
public sealed partial class StaffHomeCountTests : WebTest
{
    [GeneratedRegex("<a ([^>]*data-count=[^>]*)>\\s*<span class=\"card-body\">\\s*<span class=\"display-6 d-block\">(\\d+)</span>")]
    private static partial Regex Card();

    [GeneratedRegex("([a-z-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<p class=\"text-muted small\">(\\d+) results?</p>")]
    private static partial Regex PagerTotal();

    /// <summary>Each card on the staff home: its name, count and link.</summary>
    private static async Task<Dictionary<string, (int Count, string Href)>> CardsAsync(HttpClient staff)
    {
        var html = await (await staff.GetAsync("/Staff")).Content.ReadAsStringAsync();
        return Card().Matches(html).ToDictionary(
            m => Attributes(m.Groups[1].Value)["data-count"],
            m => (int.Parse(m.Groups[2].Value), WebUtility.HtmlDecode(Attributes(m.Groups[1].Value)["href"])));

        static Dictionary<string, string> Attributes(string tag) => Attribute().Matches(tag).ToDictionary(a => a.Groups[1].Value, a => a.Groups[2].Value);
    }

    /// <summary>How many records the list behind a link shows ("N results" under it; none when it says the list is empty).</summary>
    private static async Task<int> ListedAsync(HttpClient staff, string href)
    {
        var response = await staff.GetAsync(href);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), href);
        var listed = Regex.Match(html, "data-listed=\"(\\d+)\"");
        if (listed.Success)
        {
            return int.Parse(listed.Groups[1].Value);
        }

        var total = PagerTotal().Match(html);
        return total.Success ? int.Parse(total.Groups[1].Value) : 0;
    }

    private static async Task<JsonElement> DashboardAsync(HttpClient staff) => await ReadAsync<JsonElement>(await staff.GetAsync("/api/v1/dashboard"));

    [Test]
    public async Task ANewRequestRaisesRequestsToTriageOnThePageAndInTheApiAndTriagingLowersIt()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var before = (await CardsAsync(staff))["requests-to-triage"].Count;
        Assert.That((await DashboardAsync(staff)).GetProperty("requestsToTriage").GetInt32(), Is.EqualTo(before));

        var created = await rep.PostAsJsonAsync("/api/v1/ta-requests", new
        {
            category = "FinanceAndBookkeeping",
            title = "Our first year-end close",
            description = "We have never closed a year.",
            urgency = "Normal",
            preferredContact = "Email",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var id = (await ReadAsync<JsonElement>(created)).GetProperty("id").GetInt32();

        var raised = (await CardsAsync(staff))["requests-to-triage"];
        Assert.That(raised.Count, Is.EqualTo(before + 1));
        Assert.That((await DashboardAsync(staff)).GetProperty("requestsToTriage").GetInt32(), Is.EqualTo(before + 1));
        Assert.That(await ListedAsync(staff, raised.Href), Is.EqualTo(before + 1), "the link's list shows the same requests");
        var toAssign = (await CardsAsync(staff))["requests-to-assign"].Count;

        Assert.That((await staff.PostAsJsonAsync($"/api/v1/ta-requests/{id}/triage", new { priority = "Normal", category = "FinanceAndBookkeeping" })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));

        var after = await CardsAsync(staff);
        Assert.That(after["requests-to-triage"].Count, Is.EqualTo(before));
        Assert.That((await DashboardAsync(staff)).GetProperty("requestsToTriage").GetInt32(), Is.EqualTo(before));
        Assert.That(after["requests-to-assign"].Count, Is.EqualTo(toAssign + 1), "a triaged request now waits for a provider");
        Assert.That((await DashboardAsync(staff)).GetProperty("requestsToAssign").GetInt32(), Is.EqualTo(toAssign + 1));
    }

    [Test]
    public async Task AnOfferTheMentorDeclinesPutsTheCoopAmongThoseNeedingANewMatch()
    {
        var staff = await StaffAsync();
        var before = (await CardsAsync(staff))["coops-needing-new-match"].Count;
        var suggestions = await ReadAsync<JsonElement>(await staff.GetAsync("/api/v1/mentoring/suggestions"));
        var pair = suggestions.GetProperty("suggestions").EnumerateArray().First();
        var (mentorId, coopId) = (pair.GetProperty("mentorId").GetInt32(), pair.GetProperty("developingCoopId").GetInt32());
        var published = await staff.PostAsJsonAsync("/api/v1/mentoring/suggestions/publish",
            new { pairs = new[] { new { mentorId, developingCoopId = coopId } } }, AppFactory.Json);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var matchId = (await ReadAsync<JsonElement>(published)).GetProperty("matchIds")[0].GetInt32();
        var mentorEmail = await App.WithDbAsync(db => db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Email).SingleAsync());
        var coopName = await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Id == coopId).Select(c => c.Name).SingleAsync());

        var mentor = await App.ClientForAsync(mentorEmail);
        Assert.That((await mentor.PostAsJsonAsync($"/api/v1/mentoring/matches/{matchId}/decline", new { reason = "No time this season." })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));

        var card = (await CardsAsync(staff))["coops-needing-new-match"];
        Assert.That(card.Count, Is.EqualTo(before + 1));
        Assert.That((await DashboardAsync(staff)).GetProperty("coopsNeedingNewMatch").GetInt32(), Is.EqualTo(before + 1));
        var list = await (await staff.GetAsync(card.Href)).Content.ReadAsStringAsync();
        Assert.That(list, Does.Contain($">{WebUtility.HtmlEncode(coopName)}<"), "the linked board lists the co-op");
        Assert.That(await ListedAsync(staff, card.Href), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task EveryCountOnTheStaffHomeEqualsTheApiAndTheListItLinksTo()
    {
        var staff = await StaffAsync();
        var cards = await CardsAsync(staff);
        var api = await DashboardAsync(staff);

        var fromApi = new Dictionary<string, string>
        {
            ["requests-to-triage"] = "requestsToTriage",
            ["requests-to-assign"] = "requestsToAssign",
            ["hours-to-approve"] = "hoursToApprove",
            ["requests-near-sla"] = "requestsNearSla",
            ["applications-to-review"] = "pendingApplications",
            ["under-review"] = "underReview",
            ["matches-to-publish"] = "matchesToPublish",
            ["coops-needing-new-match"] = "coopsNeedingNewMatch",
            ["offers-awaiting-mentor"] = "offersAwaitingMentor",
            ["invoices-past-grace"] = "invoicesPastGrace",
            ["incomplete-records"] = "incompleteRecords",
            ["failed-emails"] = "failedEmails",
        };
        Assert.That(cards.Keys, Is.SupersetOf(fromApi.Keys));
        Assert.That(cards.Values.Sum(c => c.Count), Is.GreaterThan(0), "the demo data leaves something to do");
        foreach (var (card, property) in fromApi)
        {
            Assert.That(cards[card].Count, Is.EqualTo(api.GetProperty(property).GetInt32()), card);
        }

        foreach (var (card, (count, href)) in cards)
        {
            Assert.That(await ListedAsync(staff, href), Is.EqualTo(count), $"{card}: {href}");
        }
    }
}
