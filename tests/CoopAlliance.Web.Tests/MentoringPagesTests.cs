using System.Net;
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
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
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
}
