using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Every mentoring door, tried by someone it is not for: a mentor at a co-op they are not matched with (or only
/// offered), a rep of one developing co-op at another, a member co-op's rep at any. Each answer is "not found" or
/// "forbidden", never the co-op, and nothing changes.
/// </summary>
public sealed class MentoringAccessTests : WebTest
{
    private Task<int> DevCoopIdAsync(string name) =>
        App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    /// <summary>What a refused request could have changed on a co-op: stage, ticks, milestones, sessions, reps, name, matches.</summary>
    private Task<string> FootprintAsync(int coopId) =>
        App.WithDbAsync(async db =>
        {
            var coop = await db.DevelopingCoops.Include(c => c.Milestones).Include(c => c.Timeline).AsNoTracking().SingleAsync(c => c.Id == coopId);
            var sessions = await db.MentoringSessions.CountAsync(s => s.DevelopingCoopId == coopId);
            var matches = string.Join(";", await db.MentorMatches.Where(m => m.DevelopingCoopId == coopId).OrderBy(m => m.Id)
                .Select(m => m.Id + ":" + m.Status).ToListAsync());
            return $"{coop.Name}|{coop.Stage}|{coop.Version}|{coop.Milestones.Count}|{coop.Milestones.Count(m => m.DoneOn != null)}|" +
                   $"{coop.Timeline.Count}|{sessions}|{string.Join(",", coop.RepUserIds)}|{coop.GraduatedCooperativeId}|{matches}";
        });

    /// <summary>Every API request that names a developing co-op (and its match), with a body where one is needed.</summary>
    private IEnumerable<(string What, Func<HttpClient, Task<HttpResponseMessage>> Send)> CoopRequests(int coopId, int milestoneId, int matchId,
        string name) =>
    [
        ("GET co-op", c => c.GetAsync($"/api/v1/mentoring/developing-coops/{coopId}")),
        ("GET sessions", c => c.GetAsync($"/api/v1/mentoring/developing-coops/{coopId}/sessions")),
        ("PUT co-op", c => c.PutAsJsonAsync($"/api/v1/mentoring/developing-coops/{coopId}",
            new { version = 0, name = "Renamed by someone else", kind = "StartupGroup", region = "WesternMassachusetts", contactName = "X" }, AppFactory.Json)),
        ("PUT reps", c => c.PutAsJsonAsync($"/api/v1/mentoring/developing-coops/{coopId}/reps", new { userIds = Array.Empty<int>() })),
        ("POST stage", c => c.PostAsJsonAsync($"/api/v1/mentoring/developing-coops/{coopId}/stage", new { stage = "Launch" }, AppFactory.Json)),
        ("POST milestone", c => c.PostAsJsonAsync($"/api/v1/mentoring/developing-coops/{coopId}/milestones",
            new { stage = "Idea", title = "Sneaked in" }, AppFactory.Json)),
        ("POST tick", c => c.PostAsJsonAsync($"/api/v1/mentoring/developing-coops/{coopId}/milestones/{milestoneId}/tick", new { done = true })),
        ("POST graduate", c => c.PostAsJsonAsync($"/api/v1/mentoring/developing-coops/{coopId}/graduate", new { note = "x" })),
        ("GET match", c => c.GetAsync($"/api/v1/mentoring/matches/{matchId}")),
        ("POST accept", c => c.PostAsync($"/api/v1/mentoring/matches/{matchId}/accept", null)),
        ("POST decline", c => c.PostAsJsonAsync($"/api/v1/mentoring/matches/{matchId}/decline", new { reason = "x" })),
        ("POST complete", c => c.PostAsJsonAsync($"/api/v1/mentoring/matches/{matchId}/complete", new { note = "x" })),
        ("POST end", c => c.PostAsJsonAsync($"/api/v1/mentoring/matches/{matchId}/end", new { reason = "x" })),
        ("POST session", c => c.PostAsJsonAsync($"/api/v1/mentoring/matches/{matchId}/sessions",
            new { heldOn = App.Today, minutes = 30, topics = "Sneaked in" })),
    ];

    private async Task AssertRefusedAsync(HttpClient client, string who, int coopId, int milestoneId, int matchId, string name)
    {
        foreach (var (what, send) in CoopRequests(coopId, milestoneId, matchId, name))
        {
            var response = await send(client);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden), $"{who}: {what} answered {body}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{who}: {what}");
            Assert.That(body, Does.Not.Contain(name), $"{who}: {what} named the co-op");
        }

        var lists = new[]
        {
            "/api/v1/mentoring/developing-coops?includeGraduated=true&pageSize=200",
            $"/api/v1/mentoring/matches?developingCoopId={coopId}",
            "/api/v1/mentoring/matches",
        };
        foreach (var path in lists)
        {
            var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{who}: {path}");
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(name), $"{who}: {path} lists the co-op");
        }
    }

    [Test]
    public async Task AMentorReachesNoApiOfACoopAnotherMentorMentorsNorOfOneWaitingForAMentor()
    {
        var mentor = await MentorAsync();
        var cleaners = await DevCoopIdAsync("Holyoke Cleaners in Formation");
        var danasMatch = await App.WithDbAsync(db => db.MentorMatches.Where(m => m.DevelopingCoopId == cleaners).Select(m => m.Id).SingleAsync());
        var homeCare = await DevCoopIdAsync("Brattleboro Home Care Collective");
        var before = (await FootprintAsync(cleaners), await FootprintAsync(homeCare));

        foreach (var (id, name) in new[] { (cleaners, "Holyoke Cleaners in Formation"), (homeCare, "Brattleboro Home Care Collective") })
        {
            var milestone = await App.WithDbAsync(db => db.Set<DevelopmentMilestone>().Where(m => m.DevelopingCoopId == id && m.DoneOn == null)
                .Select(m => m.Id).FirstAsync());
            await AssertRefusedAsync(mentor, "mentor", id, milestone, danasMatch, name);
        }

        Assert.That((await FootprintAsync(cleaners), await FootprintAsync(homeCare)), Is.EqualTo(before));
    }

    [Test]
    public async Task AMentorOnlyOfferedACoopMaySeeItButNotWorkOnIt()
    {
        var mentor = await MentorAsync();
        var bikes = await DevCoopIdAsync("Amherst Bike Repair Conversion");
        var offer = await App.WithDbAsync(db => db.MentorMatches.Where(m => m.DevelopingCoopId == bikes).Select(m => m.Id).SingleAsync());
        var milestone = await App.WithDbAsync(db => db.Set<DevelopmentMilestone>().Where(m => m.DevelopingCoopId == bikes && m.DoneOn == null)
            .Select(m => m.Id).FirstAsync());
        var before = await FootprintAsync(bikes);

        Assert.That((await JsonAsync(await mentor.GetAsync($"/api/v1/mentoring/developing-coops/{bikes}"))).GetProperty("name").GetString(),
            Is.EqualTo("Amherst Bike Repair Conversion"));
        await ProblemAsync(await mentor.PostAsJsonAsync($"/api/v1/mentoring/developing-coops/{bikes}/stage", new { stage = "Launch" }, AppFactory.Json),
            HttpStatusCode.Forbidden);
        await ProblemAsync(await mentor.PostAsJsonAsync($"/api/v1/mentoring/developing-coops/{bikes}/milestones/{milestone}/tick", new { done = true }),
            HttpStatusCode.Forbidden);
        await ProblemAsync(await mentor.PostAsJsonAsync($"/api/v1/mentoring/developing-coops/{bikes}/milestones",
            new { stage = "Idea", title = "Mine" }, AppFactory.Json), HttpStatusCode.Forbidden);
        await ProblemAsync(await mentor.PostAsJsonAsync($"/api/v1/mentoring/matches/{offer}/sessions",
            new { heldOn = App.Today, minutes = 30, topics = "Too early" }), (HttpStatusCode)422);

        Assert.That(await FootprintAsync(bikes), Is.EqualTo(before));
    }

    [Test]
    public async Task ADevelopingCoopsRepReachesNoOtherCoopAndAMemberCoopsRepReachesNone()
    {
        var startup = await App.ClientForAsync(DemoData.StartupRepEmail);
        var member = await RepAsync();
        var cleaners = await DevCoopIdAsync("Holyoke Cleaners in Formation");
        var danasMatch = await App.WithDbAsync(db => db.MentorMatches.Where(m => m.DevelopingCoopId == cleaners).Select(m => m.Id).SingleAsync());
        var bakery = await DevCoopIdAsync(DemoData.StartupRepCoop);
        var morgansMatch = await App.WithDbAsync(db => db.MentorMatches.Where(m => m.DevelopingCoopId == bakery && m.Status == MatchStatus.Active)
            .Select(m => m.Id).SingleAsync());
        var milestone = await App.WithDbAsync(db => db.Set<DevelopmentMilestone>().Where(m => m.DevelopingCoopId == cleaners && m.DoneOn == null)
            .Select(m => m.Id).FirstAsync());
        var bakeryMilestone = await App.WithDbAsync(db => db.Set<DevelopmentMilestone>().Where(m => m.DevelopingCoopId == bakery && m.DoneOn == null)
            .Select(m => m.Id).FirstAsync());
        var before = (await FootprintAsync(cleaners), await FootprintAsync(bakery));

        await AssertRefusedAsync(startup, "startup rep", cleaners, milestone, danasMatch, "Holyoke Cleaners in Formation");
        await AssertRefusedAsync(member, "member rep", cleaners, milestone, danasMatch, "Holyoke Cleaners in Formation");
        await AssertRefusedAsync(member, "member rep", bakery, bakeryMilestone, morgansMatch, DemoData.StartupRepCoop);
        await ProblemAsync(await member.GetAsync("/api/v1/mentoring/developing-coops/mine"), HttpStatusCode.NotFound);
        // The rep of the bakery sees their mentor's match but cannot act on it as if they were the mentor.
        foreach (var action in new[] { "accept", "complete", "end", "sessions" })
        {
            var response = await startup.PostAsJsonAsync($"/api/v1/mentoring/matches/{morgansMatch}/{action}",
                new { reason = "x", heldOn = App.Today, minutes = 30, topics = "x" });
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden), action);
        }

        Assert.That((await FootprintAsync(cleaners), await FootprintAsync(bakery)), Is.EqualTo(before));
    }

    [Test]
    public async Task AMentorReachesNoOtherMentorsProfileAndNoRepReachesAnyMentorsProfile()
    {
        var mentor = await MentorAsync();
        var startup = await App.ClientForAsync(DemoData.StartupRepEmail);
        var dana = await App.WithDbAsync(db => db.Mentors.Where(m => m.Email == "dana.mentor@demo.coop").Select(m => m.Id).SingleAsync());
        var before = await App.WithDbAsync(db => db.Mentors.Where(m => m.Id == dana).Select(m => m.Version + "|" + m.PausedUntil + "|" + m.Capacity).SingleAsync());

        foreach (var client in new[] { mentor, startup })
        {
            Assert.That((await client.GetAsync($"/api/v1/mentoring/mentors/{dana}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            var put = await client.PutAsJsonAsync($"/api/v1/mentoring/mentors/{dana}",
                new
                {
                    version = 0,
                    fullName = "Dana",
                    email = "dana@example.coop",
                    region = "WesternMassachusetts",
                    capacity = 9,
                    skills = new[] { new { skill = "Marketing", level = "Expert" } },
                    languages = new[] { "English" },
                }, AppFactory.Json);
            Assert.That(put.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden));
            var pause = await client.PostAsJsonAsync($"/api/v1/mentoring/mentors/{dana}/availability", new { pausedUntil = "2099-01-01" });
            Assert.That(pause.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden));
            var list = await (await client.GetAsync("/api/v1/mentoring/mentors")).Content.ReadAsStringAsync();
            Assert.That(list, Does.Not.Contain("dana.mentor@demo.coop"));
        }

        Assert.That(await App.WithDbAsync(db => db.Mentors.Where(m => m.Id == dana).Select(m => m.Version + "|" + m.PausedUntil + "|" + m.Capacity).SingleAsync()),
            Is.EqualTo(before));
    }

    [TestCase("/Mentoring")]
    [TestCase("/Mentoring?handler=Export")]
    [TestCase("/Mentoring/Matches?handler=Export")]
    [TestCase("/Mentoring/Mentors?handler=Export")]
    [TestCase("/Mentoring/Suggestions")]
    [TestCase("/Mentoring/Report?handler=Pdf&month=2026-10")]
    [TestCase("/api/v1/mentoring/reports/2026-10/pdf")]
    [TestCase("/api/v1/mentoring/suggestions")]
    [TestCase("/api/v1/mentoring/milestone-templates")]
    public async Task StaffListsExportsAndReportsAreClosedToMentorsAndReps(string path)
    {
        foreach (var email in new[] { AppFactory.MentorEmail, DemoData.StartupRepEmail, AppFactory.RepEmail })
        {
            var client = path.StartsWith("/api/") ? await App.ClientForAsync(email) : await App.SignedInBrowserAsync(email);
            var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect), $"{email} at {path}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/Account/AccessDenied"), $"{email} at {path}");
            }

            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("text/csv").And.Not.EqualTo("application/pdf"));
        }
    }

    [Test]
    public async Task TheMentorsPagesOfAnUnmatchedCoopAreNotFoundAndItsFormsChangeNothing()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.MentorEmail);
        var cleaners = await DevCoopIdAsync("Holyoke Cleaners in Formation");
        var bakery = await DevCoopIdAsync(DemoData.StartupRepCoop);
        var milestone = await App.WithDbAsync(db => db.Set<DevelopmentMilestone>().Where(m => m.DevelopingCoopId == cleaners && m.DoneOn == null)
            .Select(m => m.Id).FirstAsync());
        var before = await FootprintAsync(cleaners);
        // A token from the mentor's own co-op page: the forms of the other co-op are posted as a crafted request would be.
        var token = await Forms.TokenAsync(browser, $"/Mentor/Coop/{bakery}");

        Assert.That((await browser.GetAsync($"/Mentor/Coop/{cleaners}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var tick = await browser.PostAsync($"/Mentor/Coop/{cleaners}?handler=Tick&milestoneId={milestone}&done=true",
            new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token }));
        Assert.That(tick.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var log = await browser.PostAsync($"/Mentor/Coop/{cleaners}?handler=LogSession", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Session.HeldOn"] = App.Today.ToString("yyyy-MM-dd"),
            ["Session.Minutes"] = "30",
            ["Session.Topics"] = "Sneaked in",
        }));
        Assert.That(log.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var staffPage = await browser.GetAsync($"/Mentoring/Coop/{cleaners}");
        Assert.That(staffPage.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect));
        Assert.That(await staffPage.Content.ReadAsStringAsync(), Does.Not.Contain("Holyoke Cleaners"));

        Assert.That(await FootprintAsync(cleaners), Is.EqualTo(before));
    }
}
