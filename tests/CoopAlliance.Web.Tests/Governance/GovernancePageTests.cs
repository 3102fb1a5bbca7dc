using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Domain.Governance;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CoopAlliance.Web.Tests.Governance;

/// <summary>Governance pages and the minutes PDF over HTTP: staff planning a meeting, a rep's reach, the minutes.</summary>
public sealed class GovernancePageTests : WebTest
{
    [Test]
    public async Task PlanningAMeetingWithBadInputShowsTheErrorsInlineAndSavesNothing()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var before = await App.WithDbAsync(db => db.Meetings.CountAsync());

        var blank = await Forms.PostAsync(staff, "/Governance/Plan", new()
        {
            ["Input.Kind"] = "Special",
            ["Input.Title"] = "",
            ["Input.StartsAt"] = "",
            ["Input.RecordDate"] = "",
            ["Input.NoticeDays"] = "21",
        });
        var html = WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync());
        Assert.That(blank.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form comes back, not a redirect");
        Assert.That(html, Does.Contain("Give the meeting a title.").And.Contain("Give the day and time of the meeting.")
            .And.Contain("Give the record date"));

        var late = await Forms.PostAsync(staff, "/Governance/Plan", new()
        {
            ["Input.Kind"] = "Special",
            ["Input.Title"] = "A record date after the meeting",
            ["Input.StartsAt"] = "2027-03-01T18:00",
            ["Input.RecordDate"] = "2027-03-20",
            ["Input.NoticeDays"] = "21",
        });
        Assert.That(WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), Does.Contain("The record date must be on or before the meeting."));
        Assert.That(await App.WithDbAsync(db => db.Meetings.CountAsync()), Is.EqualTo(before), "nothing saved");

        var good = await Forms.PostAsync(staff, "/Governance/Plan", new()
        {
            ["Input.Kind"] = "Special",
            ["Input.Title"] = "A well-formed special meeting",
            ["Input.StartsAt"] = "2027-03-01T18:00",
            ["Input.RecordDate"] = "2027-02-01",
            ["Input.NoticeDays"] = "21",
            ["Input.Agenda"] = "One\nTwo",
        });
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(good.Headers.Location!.OriginalString, Does.StartWith("/Governance/Meeting/"), "to the new meeting");
        Assert.That(await App.WithDbAsync(db => db.Meetings.CountAsync()), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task ARepVotesOnlyForTheirOwnCoopOnceAndCannotReachAnotherCoopsDelegate()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var repCoop = await RepCoopIdAsync();
        var other = await CoopIdAsync("Sunrise Solar Installers Cooperative, Inc.");
        var today = App.Today;
        var now = App.UtcNow;
        var meeting = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/governance/meetings", new
        {
            kind = "Special",
            title = "Rep reach meeting",
            startsAt = now.AddHours(1),
            recordDate = today.AddDays(-1),
            noticeDays = 0,
        }, AppFactory.Json), HttpStatusCode.Created);
        var meetingId = meeting.GetProperty("id").GetInt32();
        var opened = await JsonAsync(await staff.PostAsync($"/api/v1/governance/meetings/{meetingId}/open", null));
        var eligible = opened.GetProperty("eligible").EnumerateArray().Select(e => e.GetProperty("coopId").GetInt32()).ToList();
        Assert.That(eligible, Does.Contain(repCoop).And.Contain(other), "both co-ops are in good standing in the demo");
        var motion = await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/governance/meetings/{meetingId}/motions", new
        {
            kind = "Resolution",
            title = "Rep reach motion",
            threshold = "Majority",
            secret = false,
            opensAt = now.AddMinutes(-1),
            closesAt = now.AddHours(2),
        }, AppFactory.Json), HttpStatusCode.Created);
        var motionId = motion.GetProperty("id").GetInt32();
        Assert.That((await staff.PostAsync($"/api/v1/governance/motions/{motionId}/open", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        // Naming another co-op in the ballot does not vote for it: the rep's vote is their own co-op's.
        var cast = await rep.PostAsJsonAsync($"/api/v1/governance/motions/{motionId}/ballots", new { coopId = other, choice = "For" }, AppFactory.Json);
        Assert.That(cast.StatusCode, Is.EqualTo(HttpStatusCode.Created), await cast.Content.ReadAsStringAsync());
        var voters = await App.WithDbAsync(db => db.BallotsCast.Where(b => b.MotionId == motionId).Select(b => b.CooperativeId).ToListAsync());
        Assert.That(voters, Is.EqualTo(new[] { repCoop }));

        // A second attempt from the rep's page: a clear message, and still one vote.
        var repBrowser = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var token = await Forms.TokenAsync(repBrowser, $"/MyCoop/Governance/Meeting/{meetingId}");
        var again = await repBrowser.PostAsync($"/MyCoop/Governance/Meeting/{meetingId}?handler=Vote", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["motionId"] = $"{motionId}",
            ["choice"] = "Against",
            [Forms.TokenField] = token,
        }));
        var page = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        Assert.That(page, Does.Contain("already voted"));
        Assert.That(await App.WithDbAsync(db => db.BallotsCast.CountAsync(b => b.MotionId == motionId)), Is.EqualTo(1));

        // Another co-op's delegate: not found; the staff pages: not for a rep.
        Assert.That((await rep.GetAsync($"/api/v1/governance/delegates/{other}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var staffPage = await repBrowser.GetAsync($"/Governance/Meeting/{meetingId}");
        Assert.That(staffPage.StatusCode == HttpStatusCode.Forbidden || staffPage.Headers.Location?.OriginalString.Contains("AccessDenied") == true, Is.True,
            "the staff meeting page is refused to a rep");
    }

    [Test]
    public async Task TheMinutesPdfListsAttendanceQuorumOpenVotesByCoopAndOnlyTotalsForSecretBallots()
    {
        var (closedId, plannedId) = await App.WithDbAsync(async db => (
            await db.Meetings.Where(m => m.State == MeetingState.Closed && m.MinutesPublishedAt != null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
            await db.Meetings.Where(m => m.State == MeetingState.Planned && m.Title == "Special meeting on the dues bylaw").Select(m => m.Id).FirstAsync()));
        var rep = await RepAsync();

        var response = await rep.GetAsync($"/api/v1/governance/meetings/{closedId}/minutes.pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        var presentCoop = await App.WithDbAsync(db => db.Cooperatives.Where(c => db.Meetings.Where(m => m.Id == closedId).SelectMany(m => m.Attendance).Any(a => a.CooperativeId == c.Id))
            .Select(c => c.TradeName ?? c.LegalName).FirstAsync());
        // PdfPig joins wrapped lines without a space: compare without spaces.
        var flat = text.Replace(" ", "");
        foreach (var expected in new[]
                 {
                     "Attendance and quorum", "quorum was met", presentCoop, "Create a solidarity fund for members in crisis", "Carried:",
                     "Board election: three seats", "Elected:", "Secret ballot: only the totals are recorded", "The chair welcomed the delegates",
                 })
        {
            Assert.That(flat, Does.Contain(expected.Replace(" ", "")), expected);
        }

        // Not yet for members before the meeting closes; staff may print a draft.
        Assert.That((await rep.GetAsync($"/api/v1/governance/meetings/{plannedId}/minutes.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var staff = await StaffAsync();
        Assert.That((await staff.GetAsync($"/api/v1/governance/meetings/{plannedId}/minutes.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // The rep's pages link the minutes and name the co-op's delegate.
        var repBrowser = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var mine = WebUtility.HtmlDecode(await (await repBrowser.GetAsync("/MyCoop/Governance")).Content.ReadAsStringAsync());
        Assert.That(mine, Does.Contain($"/MyCoop/Governance/Meeting/{closedId}?handler=Minutes").And.Contain("votes for your co-op"));
    }
}
