using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Events;

/// <summary>A participant proposes and votes by token without signing in; totals stay hidden until close; staff-only stays staff-only.</summary>
public sealed class DeliberationWebTests : WebTest
{
    private async Task<(int EventId, string Token)> EventWithParticipantAsync(string title)
    {
        var now = App.UtcNow;
        var local = App.Clock.Now.DateTime;
        return await App.WithDbAsync(async db =>
        {
            var ev = new Event(new EventDetails(title, null, null, local.Date.AddDays(1).AddHours(9), local.Date.AddDays(1).AddHours(17),
                "Worcester", null, null, null, true, null, 3, TrackerVisibility.Public, [30, 60, 90]), new Actor(null, "Test"), now);
            ev.AddTicketType(TicketKind.Community, "Community", 0m, null);
            ev.Publish();
            db.Events.Add(ev);
            await db.SaveChangesAsync();
            var registration = Registration.Register(ev, ev.TicketTypes.First(),
                new RegistrantDetails("Ana Participant", "ana@example.org", null, null, null, null, null), null, null, false, false, local, now);
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            return (ev.Id, registration.Token);
        });
    }

    /// <summary>Posts one of the page's named handlers (?handler=) with the antiforgery token of the page.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var token = await Forms.TokenAsync(client, path);
        return await client.PostAsync($"{path}?handler={handler}",
            new FormUrlEncodedContent(new Dictionary<string, string>(fields) { [Forms.TokenField] = token }));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static int? TotalOf(JsonElement board) =>
        board.GetProperty("themes")[0].GetProperty("proposals")[0].GetProperty("dots") is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() : null;

    [Test]
    public async Task AnAnonymousParticipantProposesAndVotesByTokenAndSeesTotalsOnlyAfterClose()
    {
        var (id, token) = await EventWithParticipantAsync("Deliberation API day");
        using var phone = App.CreateClient();
        using var staff = await StaffAsync();

        var created = await phone.PostAsJsonAsync($"/api/v1/events/{id}/proposals", new { token, what = "A shared bookkeeping pool", why = "Costs" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var proposalId = (await JsonAsync(created)).GetProperty("id").GetInt32();

        var early = await phone.PostAsJsonAsync($"/api/v1/events/{id}/proposals/{proposalId}/votes", new { token, dots = 1 });
        Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "voting has not opened");
        Assert.That((await staff.PostAsync($"/api/v1/events/{id}/voting/open", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var placed = await JsonAsync(await phone.PostAsJsonAsync($"/api/v1/events/{id}/proposals/{proposalId}/votes", new { token, dots = 2 }));
        Assert.That(placed.GetProperty("dotsLeft").GetInt32(), Is.EqualTo(1));
        var over = await phone.PostAsJsonAsync($"/api/v1/events/{id}/proposals/{proposalId}/votes", new { token, dots = 4 });
        Assert.That(over.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));

        using var mine = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/events/{id}/proposals");
        mine.Headers.Add("X-Registration-Token", token);
        var board = await JsonAsync(await phone.SendAsync(mine));
        Assert.That(TotalOf(board), Is.Null, "the participant does not see totals while the vote is open");
        Assert.That(board.GetProperty("myDotsLeft").GetInt32(), Is.EqualTo(1));
        Assert.That(TotalOf(await JsonAsync(await phone.GetAsync($"/api/v1/events/{id}/proposals"))), Is.Null, "nor does anyone else");
        Assert.That(TotalOf(await JsonAsync(await staff.GetAsync($"/api/v1/events/{id}/proposals"))), Is.EqualTo(2), "the facilitator sees them live");

        Assert.That((await staff.PostAsync($"/api/v1/events/{id}/voting/close", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(TotalOf(await JsonAsync(await phone.GetAsync($"/api/v1/events/{id}/proposals"))), Is.EqualTo(2), "after close, everyone");
    }

    [Test]
    public async Task AWrongTokenIsNotFoundAndNothingIsWritten()
    {
        var (id, _) = await EventWithParticipantAsync("Deliberation wrong token day");
        using var stranger = App.CreateClient();

        var post = await stranger.PostAsJsonAsync($"/api/v1/events/{id}/proposals", new { token = "00000000000000000000000000000000", what = "Spam" });
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await stranger.GetAsync("/events/r/00000000000000000000000000000000/plan")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await stranger.GetAsync("/events/follow-up/00000000000000000000000000000000")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await App.WithDbAsync(db => db.ActionProposals.CountAsync(p => p.EventId == id)), Is.Zero);
    }

    [Test]
    public async Task StaffOnlyEndpointsRefuseAnonymousCallersAndReps()
    {
        var (id, _) = await EventWithParticipantAsync("Deliberation staff-only day");
        using var anonymous = App.CreateClient();
        using var rep = await RepAsync();

        foreach (var path in new[] { "voting/open", "voting/close" })
        {
            Assert.That((await anonymous.PostAsync($"/api/v1/events/{id}/{path}", null)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await rep.PostAsync($"/api/v1/events/{id}/{path}", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }

        var commitment = new { action = "Host a skill share", organisationName = "Roots", ownerName = "Maria", ownerEmail = "maria@example.coop" };
        Assert.That((await anonymous.PostAsJsonAsync($"/api/v1/events/{id}/commitments", commitment)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.GetAsync($"/api/v1/events/{id}/commitments.csv")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await App.WithDbAsync(db => db.Events.SingleAsync(e => e.Id == id))).Voting, Is.EqualTo(VotingStatus.NotOpen));
    }

    [Test]
    public async Task TheParticipantsPlanPageProposesAndVotesWithSmallFormsAndTheTrackerShowsTheCommitment()
    {
        var (id, token) = await EventWithParticipantAsync("Deliberation page day");
        using var phone = App.CreateCookieClient();
        using var staff = await StaffAsync();

        var page = await phone.GetAsync($"/events/r/{token}/plan");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var proposed = await PostFormAsync(phone, $"/events/r/{token}/plan", "Propose",
            new Dictionary<string, string> { ["Input.What"] = "Joint purchasing of flour", ["Input.Why"] = "Prices" });
        Assert.That(proposed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await proposed.Content.ReadAsStringAsync());
        var proposalId = await App.WithDbAsync(db => db.ActionProposals.Where(p => p.EventId == id).Select(p => p.Id).SingleAsync());

        await staff.PostAsync($"/api/v1/events/{id}/voting/open", null);
        var voted = await PostFormAsync(phone, $"/events/r/{token}/plan", "Dots",
            new Dictionary<string, string> { ["proposalId"] = $"{proposalId}", ["dots"] = "1" });
        Assert.That(voted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var html = await phone.GetStringAsync($"/events/r/{token}/plan");
        Assert.That(html, Does.Contain("Joint purchasing of flour").And.Contain("id=\"dots-left\">2<"));
        Assert.That(html, Does.Not.Contain("dots in all"), "no totals before close");

        var recorded = await staff.PostAsJsonAsync($"/api/v1/events/{id}/commitments",
            new { action = "Buy flour together", organisationName = "Valley Bakery Co-op", ownerName = "Maria Lopez", ownerEmail = "maria@example.coop", proposalId });
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Created), await recorded.Content.ReadAsStringAsync());
        using var visitor = App.CreateClient();
        var tracker = await visitor.GetStringAsync($"/events/{id}/actions");
        Assert.That(tracker, Does.Contain("Buy flour together").And.Contain("Maria").And.Not.Contain("maria@example.coop").And.Not.Contain("Lopez"));
    }
}
