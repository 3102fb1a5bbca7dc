using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Figures that appear twice agree and say what they are: worker-owners reported vs on the roster, "member since" from
/// the membership history in the header and the membership panel, and the treasurer's summary downloadable before its job ran.
/// </summary>
public sealed partial class NumbersThatAgreeTests : WebTest
{
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    private static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    /// <summary>The text of the element carrying data-figure="<paramref name="figure"/>".</summary>
    private static string Figure(string html, string figure)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]*data-figure=\"{figure}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, $"the page shows {figure}");
        return Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(match.Groups[2].Value, "")), " ").Trim();
    }

    private async Task<string> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return await response.Content.ReadAsStringAsync();
    }

    [Test]
    public async Task TheRepAndStaffPagesLabelTheReportedWorkerOwnersAndTheRosterApart()
    {
        var coopId = await RepCoopIdAsync();
        var (reported, others, onRoster, people) = await App.WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.Include(c => c.People).SingleAsync(c => c.Id == coopId);
            return (coop.WorkerOwners, coop.OtherWorkers, coop.People.Count(p => p.IsWorkerOwner), coop.People.Count);
        });
        Assert.That(reported, Is.Not.EqualTo(onRoster), "the demo co-op reports more worker-owners than it has entered");
        var expected = $"{reported} worker-owners and {others} other worker{(others == 1 ? "" : "s")} reported · {onRoster} worker-owner{(onRoster == 1 ? "" : "s")} on the roster";
        var rosterLine = $"{onRoster} worker-owner{(onRoster == 1 ? "" : "s")} on the roster, {people} {(people == 1 ? "person" : "people")} in all ({reported} worker-owners reported in the profile).";

        var rep = await HtmlAsync(await RepAsync(), "/MyCoop");
        var staff = await HtmlAsync(await StaffAsync(), $"/Coops/Details/{coopId}");

        foreach (var page in new[] { rep, staff })
        {
            Assert.That(Figure(page, "workers"), Does.StartWith(expected));
            Assert.That(Figure(page, "roster"), Is.EqualTo(rosterLine));
            Assert.That(Text(page), Does.Contain("Workers (reported)"));
        }
    }

    [Test]
    public async Task MemberSinceIsTheBoardsVoteFromTheHistoryInTheHeaderThePanelAndForTheRep()
    {
        var staff = await StaffAsync();
        var applied = await App.CreateClient().PostAsJsonAsync("/api/v1/membership-applications", new
        {
            legalName = "Sunderland Sawyers Cooperative",
            kind = "WorkerCoop",
            sector = "Forestry",
            town = "Sunderland",
            state = "MA",
            postalCode = "01375",
            region = "WesternMassachusetts",
            workerOwners = 5,
            description = "Sawmill and woodworking.",
            contactName = "Lee Sawyer",
            contactEmail = "lee@sunderland-sawyers.coop",
            contactPhone = "413-555-0177",
            contactRole = "Founder",
            motivation = "Learn from other co-ops.",
        });
        Assert.That(applied.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var id = (await ReadAsync<JsonElement>(applied)).GetProperty("id").GetInt32();
        var vote = App.Today.AddDays(-1);
        Assert.That((await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/start-review", new { note = "Packet ready." })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/approve", new { boardVoteOn = vote.ToString("yyyy-MM-dd") })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));

        var page = await HtmlAsync(staff, $"/Coops/Details/{id}");

        var day = vote.ToString("MMM d, yyyy");
        Assert.That(Figure(page, "member-since"), Is.EqualTo($"· member since {day}"));
        Assert.That(Figure(page, "membership-panel"), Is.EqualTo($"Sunderland Sawyers Cooperative is active, a member since {day}."),
            "the panel gives the same day as the header, not the day the approval was recorded");

        Assert.That((await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/lapse", new { reason = "Dues unpaid." })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/reinstate", new { reason = "Paid up." })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var reinstated = await HtmlAsync(staff, $"/Coops/Details/{id}");
        Assert.That(Figure(reinstated, "member-since"), Is.EqualTo($"· member since {day}"));
        Assert.That(Figure(reinstated, "membership-panel"),
            Is.EqualTo($"Sunderland Sawyers Cooperative is active, a member since {day}; active again since {App.Today:MMM d, yyyy}."));
    }

    [Test]
    public async Task TheTreasurersSummaryOfLastMonthDownloadsBeforeItsJobRan()
    {
        var staff = await StaffAsync();
        var lastMonth = new DateOnly(App.Today.Year, App.Today.Month, 1).AddDays(-1);
        var key = lastMonth.ToString("yyyy-MM");
        Assert.That(await App.WithDbAsync(db => db.DuesMonthlySummaries.CountAsync()), Is.EqualTo(0), "no job has run");

        var page = await HtmlAsync(staff, "/Dues/Summaries");
        Assert.That(page, Does.Contain($"data-on-demand=\"{key}\""));
        Assert.That(page, Does.Contain($"href=\"/Dues/Summaries?month={key}&amp;handler=Pdf\"").Or.Contain($"href=\"/Dues/Summaries?handler=Pdf&amp;month={key}\""));

        var fromPage = await staff.GetAsync($"/Dues/Summaries?handler=Pdf&month={key}");
        Assert.That(fromPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fromPage.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var bytes = await fromPage.Content.ReadAsByteArrayAsync();
        Assert.That(bytes[..5], Is.EqualTo("%PDF-"u8.ToArray()));

        var api = await App.ClientForAsync(AppFactory.StaffEmail);
        var fromApi = await api.GetAsync($"/api/v1/dues/summaries/{key}/pdf");
        Assert.That(fromApi.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await fromApi.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes), "made on demand, the same document either way");
        Assert.That((await api.GetAsync($"/api/v1/dues/summaries/{App.Today:yyyy-MM}/pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "this month is not over");
        Assert.That(await App.WithDbAsync(db => db.DuesMonthlySummaries.CountAsync()), Is.EqualTo(0), "downloading stores nothing");

        Assert.That((await api.PostAsJsonAsync("/api/v1/dues/summaries", new { month = key })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await (await api.GetAsync($"/api/v1/dues/summaries/{key}/pdf")).Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes),
            "the stored summary is the one downloaded before");
    }
}
