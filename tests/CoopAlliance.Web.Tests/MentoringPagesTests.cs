using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>The mentor's and the staff's pages of a developing co-op: the session log, logging a session, completing a match.</summary>
public sealed class MentoringPagesTests : WebTest
{
    private Task<int> DevCoopIdAsync(string name) =>
        App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        return WebUtility.HtmlDecode(html);
    }

    [Test]
    public async Task TheMentorAndStaffReadTheSessionLogWithNotesAndNextSteps()
    {
        var bakery = await DevCoopIdAsync(DemoData.StartupRepCoop);
        var mentor = await App.SignedInBrowserAsync(AppFactory.MentorEmail);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        // Another test of this fixture may have logged one more; the log adds up whatever is there.
        var (count, minutes) = await App.WithDbAsync(async db =>
        {
            var sessions = await db.MentoringSessions.Where(s => s.DevelopingCoopId == bakery).Select(s => s.Minutes).ToListAsync();
            return (sessions.Count, sessions.Sum());
        });
        Assert.That(count, Is.GreaterThanOrEqualTo(3));

        foreach (var html in new[] { await HtmlAsync(await mentor.GetAsync($"/Mentor/Coop/{bakery}")), await HtmlAsync(await staff.GetAsync($"/Mentoring/Coop/{bakery}")) })
        {
            Assert.That(html, Does.Contain("Session log"));
            Assert.That(html, Does.Contain($"{count} sessions, {minutes / 60m:0.#} hours in all."));
            Assert.That(html, Does.Contain("Walked through the model bylaws.").And.Contain("Draft articles 1–4").And.Contain("Finish cash-flow projection"));
        }

        var bikes = await DevCoopIdAsync("Amherst Bike Repair Conversion");
        Assert.That(await HtmlAsync(await mentor.GetAsync($"/Mentor/Coop/{bikes}")), Does.Contain("No sessions logged yet."));
    }

    [Test]
    public async Task AMentorLogsASessionOnTheirCoopsPageErrorsShowBesideTheFieldsAndKeepWhatWasTyped()
    {
        var bakery = await DevCoopIdAsync(DemoData.StartupRepCoop);
        var mentor = await App.SignedInBrowserAsync(AppFactory.MentorEmail);
        var path = $"/Mentor/Coop/{bakery}";
        var token = await Forms.TokenAsync(mentor, path);
        var today = App.Today.ToString("yyyy-MM-dd");
        var before = await App.WithDbAsync(db => db.MentoringSessions.CountAsync(s => s.DevelopingCoopId == bakery));

        var bad = await HtmlAsync(await mentor.PostAsync($"{path}?handler=LogSession", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Session.HeldOn"] = today,
            ["Session.Minutes"] = "0",
            ["Session.Topics"] = "",
            ["Session.NextSteps"] = "Call the credit union",
        })));
        Assert.That(bad, Does.Contain("Enter how long the session was, in minutes (up to 12 hours).").And.Contain("Say what you worked on"));
        Assert.That(bad, Does.Contain("Call the credit union"), "what was typed stays");
        Assert.That(await App.WithDbAsync(db => db.MentoringSessions.CountAsync(s => s.DevelopingCoopId == bakery)), Is.EqualTo(before));

        var good = await mentor.PostAsync($"{path}?handler=LogSession", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Session.HeldOn"] = today,
            ["Session.Minutes"] = "50",
            ["Session.Topics"] = "Loan application",
            ["Session.Notes"] = "Reviewed the cash-flow projection together.",
            ["Session.NextSteps"] = "Call the credit union",
        }));
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await HtmlAsync(await mentor.GetAsync(path));
        Assert.That(page, Does.Contain("is logged.").And.Contain("50 min · Loan application").And.Contain("Reviewed the cash-flow projection together."));
        Assert.That(page, Does.Contain($"{before + 1} sessions"));
    }
    private Task<int> MatchIdAsync(string coopName) =>
        App.WithDbAsync(db => db.MentorMatches.Where(m => db.DevelopingCoops.Any(c => c.Id == m.DevelopingCoopId && c.Name == coopName))
            .Select(m => m.Id).SingleAsync());

    private Task<string> MatchStatusAsync(int id) => App.WithDbAsync(db => db.MentorMatches.Where(m => m.Id == id).Select(m => m.Status.ToString()).SingleAsync());

    private static Task<HttpResponseMessage> PostEndAsync(HttpClient staff, string token, int matchId, string reason, bool complete = false, bool confirmed = false) =>
        staff.PostAsync("/Mentoring/Matches?handler=End", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["End.MatchId"] = matchId.ToString(),
            ["End.Reason"] = reason,
            ["End.Complete"] = complete ? "true" : "false",
            ["End.Confirmed"] = confirmed ? "true" : "false",
        }));

    [Test]
    public async Task StaffEndAMatchOnlyWithAReasonAndAfterConfirming()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var token = await Forms.TokenAsync(staff, "/Mentoring/Matches");
        var match = await MatchIdAsync("Holyoke Cleaners in Formation");

        var noReason = await HtmlAsync(await PostEndAsync(staff, token, match, ""));
        Assert.That(noReason, Does.Contain("Give a reason for ending the match."));
        var asked = await HtmlAsync(await PostEndAsync(staff, token, match, "The group paused its plans"));
        Assert.That(asked, Does.Contain("End the match of Dana Mentor (demo) with Holyoke Cleaners in Formation?").And.Contain("Reason: The group paused its plans"));
        Assert.That(await MatchStatusAsync(match), Is.EqualTo("Active"));

        var ended = await PostEndAsync(staff, token, match, "The group paused its plans", confirmed: true);

        Assert.That(ended.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await MatchStatusAsync(match), Is.EqualTo("Ended"));
        var list = await HtmlAsync(await staff.GetAsync(ended.Headers.Location!.OriginalString));
        Assert.That(list, Does.Contain("The match of Dana Mentor (demo) with Holyoke Cleaners in Formation has ended."));
    }

    [Test]
    public async Task StaffMarkAnActiveMatchCompletedAfterConfirmingAndItGoesOnTheTimeline()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var token = await Forms.TokenAsync(staff, "/Mentoring/Matches");
        var match = await MatchIdAsync("Putney Farm Kitchen");
        var offer = await MatchIdAsync("Amherst Bike Repair Conversion");

        var asked = await HtmlAsync(await PostEndAsync(staff, token, match, "", complete: true));
        Assert.That(asked, Does.Contain("Mark the match of Lee Mentor (demo) with Putney Farm Kitchen completed?"));
        Assert.That(await MatchStatusAsync(match), Is.EqualTo("Active"));
        var notActive = await HtmlAsync(await PostEndAsync(staff, token, offer, "", complete: true, confirmed: true));
        Assert.That(notActive, Does.Contain("Only an active match can be completed; end it instead."));
        Assert.That(await MatchStatusAsync(offer), Is.EqualTo("Offered"));

        var done = await PostEndAsync(staff, token, match, "Running well on its own", complete: true, confirmed: true);

        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await MatchStatusAsync(match), Is.EqualTo("Completed"));
        var putney = await DevCoopIdAsync("Putney Farm Kitchen");
        Assert.That(await HtmlAsync(await staff.GetAsync($"/Mentoring/Coop/{putney}")), Does.Contain("Mentoring completed: Running well on its own"));
    }

    [Test]
    public async Task TheMatchesListSortsByItsColumnHeaders()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var names = new[] { "Amherst Bike Repair Conversion", DemoData.StartupRepCoop, "Holyoke Cleaners in Formation", "Putney Farm Kitchen" };

        var byCoop = await HtmlAsync(await staff.GetAsync("/Mentoring/Matches?sort=Coop&asc=true"));
        Assert.That(names.Select(n => byCoop.IndexOf(">" + n + "<", StringComparison.Ordinal)), Is.Ordered.And.All.GreaterThan(0));
        Assert.That(byCoop, Does.Contain("aria-sort=\"ascending\"><a class=\"sort-link\" href=\"/Mentoring/Matches?sort=Coop\">Developing co-op<span class=\"sort-arrow\""),
            "the sorted column says so, and its link reverses the order");
        var reversed = await HtmlAsync(await staff.GetAsync("/Mentoring/Matches?sort=Coop"));
        Assert.That(names.Reverse().Select(n => reversed.IndexOf(">" + n + "<", StringComparison.Ordinal)), Is.Ordered);

        var byScore = await HtmlAsync(await staff.GetAsync("/Mentoring/Matches?sort=Score"));
        var scores = await App.WithDbAsync(db => db.MentorMatches.OrderByDescending(m => m.Score)
            .Select(m => db.DevelopingCoops.Where(c => c.Id == m.DevelopingCoopId).Select(c => c.Name).Single()).ToListAsync());
        Assert.That(scores.Select(n => byScore.IndexOf(">" + n + "<", StringComparison.Ordinal)), Is.Ordered);
        var csv = await (await staff.GetAsync("/Mentoring/Matches?handler=Export&sort=Coop&asc=true")).Content.ReadAsStringAsync();
        Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]), Is.EqualTo(names), "the CSV keeps the order");
    }
    [Test]
    public async Task TheStaffPageOfADevelopingCoopShowsItsAuditTrailAndItsNeedsChangesOnTheTimeline()
    {
        var guild = await DevCoopIdAsync("Turners Falls Software Guild");
        var api = await StaffAsync();
        var read = await JsonAsync(await api.GetAsync($"/api/v1/mentoring/developing-coops/{guild}"));
        var saved = await api.PutAsJsonAsync($"/api/v1/mentoring/developing-coops/{guild}", new
        {
            version = read.GetProperty("version").GetInt32(),
            name = "Turners Falls Software Cooperative",
            kind = "StartupGroup",
            region = "WesternMassachusetts",
            contactName = "Rafael Santos",
            needs = new[] { new { skill = "Technology", importance = "Essential" } },
        }, AppFactory.Json);
        await JsonAsync(saved);

        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var html = await HtmlAsync(await staff.GetAsync($"/Mentoring/Coop/{guild}"));

        Assert.That(html, Does.Contain("Audit trail").And.Contain("Update developing co-op"));
        Assert.That(html, Does.Contain("Name: Turners Falls Software Guild → Turners Falls Software Cooperative"));
        Assert.That(html, Does.Contain("Needs now: technology (essential)"));
    }
}
