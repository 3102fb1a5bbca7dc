using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests.Events;

/// <summary>Events over the API: staff plan and schedule, the public reads published events and proposes sessions, nobody else gets in.</summary>
public sealed class EventApiTests : WebTest
{
    private static object NewEvent(string title = "Green Solidarity Economy Conference") => new
    {
        title,
        summary = "A day of co-planning",
        startsAt = "2027-07-23T09:00:00",
        endsAt = "2027-07-23T21:00:00",
        venueName = "Worcester State University",
        town = "Worcester",
        accessibilityNotes = "Step-free entrance.",
        isPublic = true,
        capacity = 150,
        dotsPerPerson = 5,
        tracker = "Public",
        followUpDays = new[] { 30, 60, 90 },
    };

    private static object Proposal => new
    {
        title = "Worker co-op conversions",
        format = "Workshop",
        presenters = new[] { "Dee Diaz" },
        durationMinutes = 60,
        proposerName = "Dee Diaz",
        proposerEmail = "dee@example.org",
    };

    private async Task<(HttpClient Staff, int Id)> CreateAsync()
    {
        var staff = await StaffAsync();
        var created = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/events", NewEvent()), HttpStatusCode.Created);
        return (staff, created.GetProperty("id").GetInt32());
    }

    [Test]
    public async Task StaffCreateAnEventAndReadItBack()
    {
        var (staff, id) = await CreateAsync();

        var e = await JsonAsync(await staff.GetAsync($"/api/v1/events/{id}"));

        Assert.That(e.GetProperty("title").GetString(), Is.EqualTo("Green Solidarity Economy Conference"));
        Assert.That(e.GetProperty("status").GetString(), Is.EqualTo("Planning"));
        Assert.That(e.GetProperty("startsAt").GetString(), Does.StartWith("2027-07-23T09:00:00"));
        Assert.That(e.GetProperty("version").GetInt32(), Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public async Task ABadEventIsAProblemWithFieldErrors()
    {
        var staff = await StaffAsync();

        var problem = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/events", new { title = "", startsAt = "2027-07-23T09:00:00", endsAt = "2027-07-23T08:00:00", venueName = "", dotsPerPerson = 5 }),
            HttpStatusCode.BadRequest);

        Assert.That(FieldErrors(problem, "title"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "endsAt"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "venueName"), Is.Not.Empty);
    }

    [Test]
    public async Task TheCallForSessionsTakesProposalsOnlyForAPublishedEventAndThePublicSeesItsProgramme()
    {
        var (staff, id) = await CreateAsync();
        using var anonymous = App.CreateClient();

        Assert.That((await anonymous.PostAsJsonAsync($"/api/v1/events/{id}/sessions", Proposal)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
            "an event still in planning takes no public proposals");
        Assert.That((await anonymous.GetAsync($"/api/v1/public/events/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/events/{id}/ticket-types", new { kind = "Community", name = "Community", price = 20 }), HttpStatusCode.Created);
        await JsonAsync(await staff.PostAsync($"/api/v1/events/{id}/publish", null));

        var received = await JsonAsync(await anonymous.PostAsJsonAsync($"/api/v1/events/{id}/sessions", Proposal), HttpStatusCode.Created);
        Assert.That(received.GetProperty("status").GetString(), Is.EqualTo("Proposed"));
        var upcoming = await JsonAsync(await anonymous.GetAsync("/api/v1/public/events"));
        Assert.That(upcoming.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()), Does.Contain(id));
        var shown = await anonymous.GetAsync($"/api/v1/public/events/{id}");
        var text = await shown.Content.ReadAsStringAsync();
        Assert.That(shown.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(text, Does.Not.Contain("dee@example.org"), "no proposer emails on the public page");

        var sessions = await JsonAsync(await staff.GetAsync($"/api/v1/events/{id}/sessions?status=Proposed"));
        Assert.That(sessions.EnumerateArray().Single().GetProperty("proposerEmail").GetString(), Is.EqualTo("dee@example.org"));
    }

    [Test]
    public async Task StaffOnlyEndpointsRefuseAnonymousCallersAndReps()
    {
        var (_, id) = await CreateAsync();
        using var anonymous = App.CreateClient();
        var rep = await RepAsync();

        Assert.That((await anonymous.GetAsync("/api/v1/events")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.PostAsJsonAsync("/api/v1/events", NewEvent())).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.GetAsync($"/api/v1/events/{id}/sessions")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await rep.GetAsync($"/api/v1/events/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.PostAsync($"/api/v1/events/{id}/publish", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.PostAsJsonAsync("/api/v1/events", NewEvent("Rep's event"))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task AClashIsRefusedWith422()
    {
        var (staff, id) = await CreateAsync();
        var setup = await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/events/{id}/rooms", new { name = "Main hall", capacity = 150 }), HttpStatusCode.Created);
        var room = setup.GetProperty("rooms")[0].GetProperty("id").GetInt32();
        setup = await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/events/{id}/slots", new { startsAt = "2027-07-23T10:00:00", endsAt = "2027-07-23T11:30:00" }),
            HttpStatusCode.Created);
        var slot = setup.GetProperty("slots")[0].GetProperty("id").GetInt32();
        async Task<int> AddAsync(string title, string presenter) =>
            (await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/events/{id}/sessions/by-staff", new
            {
                title,
                format = "Panel",
                presenters = new[] { presenter },
                durationMinutes = 60,
                contactEmail = "events@example.org",
            }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var first = await AddAsync("Local development", "Ana Lima");
        var second = await AddAsync("Community power", "Ben Okafor");

        var scheduled = await JsonAsync(await staff.PutAsJsonAsync($"/api/v1/events/{id}/sessions/{first}/schedule", new { roomId = room, slotId = slot }));
        Assert.That(scheduled.GetProperty("room").GetString(), Is.EqualTo("Main hall"));
        var clash = await ProblemAsync(await staff.PutAsJsonAsync($"/api/v1/events/{id}/sessions/{second}/schedule", new { roomId = room, slotId = slot }),
            HttpStatusCode.UnprocessableEntity);
        Assert.That(clash.ToString(), Does.Contain("Main hall"));

        Assert.That((await staff.DeleteAsync($"/api/v1/events/{id}/sessions/{first}/schedule")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await JsonAsync(await staff.PutAsJsonAsync($"/api/v1/events/{id}/sessions/{second}/schedule", new { roomId = room, slotId = slot }));
    }
}
