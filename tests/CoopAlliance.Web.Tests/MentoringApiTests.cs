using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

public sealed class MentoringApiTests : WebTest
{
    private Task<int> DevelopingCoopIdAsync(string name) =>
        App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    [Test]
    public async Task AMentorListsOnlyTheCoopsOfferedToThemOrThatTheyMentorAndGets404ForAnyOther()
    {
        var mentor = await MentorAsync();

        var list = await ReadAsync<JsonElement>(await mentor.GetAsync("/api/v1/mentoring/developing-coops"));
        var names = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { "Florence Community Bakery Project", "Amherst Bike Repair Conversion" }));

        var someoneElses = await DevelopingCoopIdAsync("Holyoke Cleaners in Formation");
        var waiting = await DevelopingCoopIdAsync("Brattleboro Home Care Collective");
        foreach (var id in new[] { someoneElses, waiting })
        {
            var response = await mentor.GetAsync($"/api/v1/mentoring/developing-coops/{id}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            var stage = await mentor.PostAsJsonAsync($"/api/v1/mentoring/developing-coops/{id}/stage", new { stage = "Feasibility" }, AppFactory.Json);
            Assert.That(stage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await mentor.GetAsync($"/api/v1/mentoring/developing-coops/{id}/sessions")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        Assert.That((await mentor.GetAsync("/api/v1/mentoring/suggestions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var rep = await RepAsync();
        Assert.That((await rep.GetAsync($"/api/v1/mentoring/developing-coops/{waiting}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task StaffPublishASuggestedPairTheMentorAcceptsItAndLogsASession()
    {
        var staff = await StaffAsync();
        var suggestions = await ReadAsync<JsonElement>(await staff.GetAsync("/api/v1/mentoring/suggestions"));
        Assert.That(suggestions.GetProperty("exactTotal").GetInt64(), Is.GreaterThanOrEqualTo(suggestions.GetProperty("greedyTotal").GetInt64()));
        var guild = await DevelopingCoopIdAsync("Turners Falls Software Guild");
        var pair = suggestions.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("developingCoopId").GetInt32() == guild);
        Assert.That(pair.GetProperty("summary").GetString(), Does.StartWith("covers "));
        Assert.That(pair.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("points").GetInt32()), Is.EqualTo(pair.GetProperty("score").GetInt32()));
        var mentorId = pair.GetProperty("mentorId").GetInt32();
        var mentorEmail = await App.WithDbAsync(db => db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Email).SingleAsync());

        var published = await staff.PostAsJsonAsync("/api/v1/mentoring/suggestions/publish",
            new { pairs = new[] { new { mentorId, developingCoopId = guild } } }, AppFactory.Json);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var matchId = (await ReadAsync<JsonElement>(published)).GetProperty("matchIds")[0].GetInt32();

        var mentor = await App.ClientForAsync(mentorEmail);
        var accepted = await ReadAsync<JsonElement>(await mentor.PostAsync($"/api/v1/mentoring/matches/{matchId}/accept", null));
        Assert.That(accepted.GetProperty("status").GetString(), Is.EqualTo("Active"));

        var tooShort = await mentor.PostAsJsonAsync($"/api/v1/mentoring/matches/{matchId}/sessions",
            new { heldOn = App.Today, minutes = 0, topics = "" }, AppFactory.Json);
        Assert.That(tooShort.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await ReadAsync<JsonElement>(tooShort);
        Assert.That(problem.GetProperty("errors").TryGetProperty("minutes", out _), Is.True);

        var logged = await mentor.PostAsJsonAsync($"/api/v1/mentoring/matches/{matchId}/sessions",
            new { heldOn = App.Today, minutes = 45, topics = "Bylaws", nextSteps = "Read the model bylaws" }, AppFactory.Json);
        Assert.That(logged.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var coop = await ReadAsync<JsonElement>(await mentor.GetAsync($"/api/v1/mentoring/developing-coops/{guild}"));
        Assert.That(coop.GetProperty("timeline")[0].GetProperty("text").GetString(), Is.EqualTo("Session (45 min): Bylaws"));
        Assert.That(coop.GetProperty("mentor").GetProperty("matchId").GetInt32(), Is.EqualTo(matchId));
    }

    [Test]
    public async Task PublishingAPairTheMentorHasAConflictWithIs422AndOffersNothing()
    {
        var staff = await StaffAsync();
        var home = await DevelopingCoopIdAsync("Brattleboro Home Care Collective");
        var lee = await App.WithDbAsync(db => db.Mentors.Where(m => m.Email == "lee.mentor@demo.coop").Select(m => m.Id).SingleAsync());
        // Lee mentors in Southern Vermont with room for one more; a conflict with the home-care group rules the pair out.
        var mentor = await ReadAsync<JsonElement>(await staff.GetAsync($"/api/v1/mentoring/mentors/{lee}"));
        var update = JsonSerializer.Deserialize<Dictionary<string, object?>>(mentor.GetRawText(), AppFactory.Json)!;
        update["conflictCoopIds"] = new[] { home };
        Assert.That((await staff.PutAsJsonAsync($"/api/v1/mentoring/mentors/{lee}", update, AppFactory.Json)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var refused = await staff.PostAsJsonAsync("/api/v1/mentoring/suggestions/publish",
            new { pairs = new[] { new { mentorId = lee, developingCoopId = home } } }, AppFactory.Json);

        Assert.That(refused.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await ReadAsync<JsonElement>(refused)).GetProperty("detail").GetString(), Does.Contain("conflict"));
        Assert.That(await App.WithDbAsync(db => db.MentorMatches.CountAsync(m => m.DevelopingCoopId == home)), Is.Zero);
    }
    [Test]
    public async Task BadMentoringInputIsAProblemWithFieldErrorsAStaleEditA409AndNothingChanges()
    {
        var staff = await StaffAsync();
        var putney = await DevelopingCoopIdAsync("Putney Farm Kitchen");
        var match = await App.WithDbAsync(db => db.MentorMatches.Where(m => m.DevelopingCoopId == putney).Select(m => m.Id).SingleAsync());

        Assert.That(FieldErrors(await ProblemAsync(await staff.GetAsync("/api/v1/mentoring/developing-coops?stage=Dreaming"), HttpStatusCode.BadRequest), "stage"),
            Has.Length.EqualTo(1));
        Assert.That(FieldErrors(await ProblemAsync(await staff.GetAsync("/api/v1/mentoring/matches?status=Maybe"), HttpStatusCode.BadRequest), "status"),
            Has.Length.EqualTo(1));
        Assert.That(FieldErrors(await ProblemAsync(await staff.GetAsync("/api/v1/mentoring/reports/October"), HttpStatusCode.BadRequest), "month").Single(),
            Does.Contain("yyyy-MM"));
        var noName = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/mentoring/developing-coops",
            new { name = "", contactName = "", region = "WesternMassachusetts", state = "Vermont" }, AppFactory.Json), HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(noName, "name").Single(), Is.EqualTo("Enter the group's or project's name."));
        Assert.That(FieldErrors(noName, "contactName"), Has.Length.EqualTo(1));
        Assert.That(FieldErrors(noName, "state").Single(), Does.Contain("two-letter"));
        Assert.That(FieldErrors(await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/mentoring/matches/{match}/end", new { reason = " " }), HttpStatusCode.BadRequest),
            "reason").Single(), Is.EqualTo("Give a reason for ending the match."));
        var twice = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/mentoring/suggestions/publish",
            new { pairs = new[] { new { mentorId = 1, developingCoopId = putney }, new { mentorId = 2, developingCoopId = putney } } }), HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(twice, "pairs").Single(), Does.Contain("one mentor at a time"));

        var read = await JsonAsync(await staff.GetAsync($"/api/v1/mentoring/developing-coops/{putney}"));
        var body = new
        {
            version = read.GetProperty("version").GetInt32(),
            name = "Putney Farm Kitchen Cooperative",
            kind = "StartupGroup",
            region = "SouthernVermont",
            contactName = "Eli Baptiste",
        };
        await JsonAsync(await staff.PutAsJsonAsync($"/api/v1/mentoring/developing-coops/{putney}", body, AppFactory.Json));
        await ProblemAsync(await staff.PutAsJsonAsync($"/api/v1/mentoring/developing-coops/{putney}", body with { name = "Stale edit" }, AppFactory.Json),
            HttpStatusCode.Conflict);

        Assert.That(await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Id == putney).Select(c => c.Name).SingleAsync()),
            Is.EqualTo("Putney Farm Kitchen Cooperative"));
        Assert.That(await App.WithDbAsync(db => db.MentorMatches.Where(m => m.Id == match).Select(m => m.Status.ToString()).SingleAsync()), Is.EqualTo("Active"));
    }
}
