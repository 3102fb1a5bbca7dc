using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using IcalCalendar = Ical.Net.Calendar;

namespace CoopAlliance.Web.Tests.Events;

/// <summary>
/// Registration over HTTP on the app's SQLite file: anonymous registration only for a public, published event; never
/// overbooked under parallel requests; 409 offering the waitlist; a registrant's link shows only their own registration
/// and no needs, while the staff list carries them.
/// </summary>
public sealed class RegistrationApiTests
{
    private AppFactory _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = new AppFactory(settings: new Dictionary<string, string> { ["RateLimits:PublicFormPerAddress:PermitLimit"] = "1000" });

    [OneTimeTearDown]
    public void StopApp() => _app.Dispose();

    private Task<(int Event, int Ticket)> EventAsync(int? capacity, bool isPublic = true, bool publish = true) => _app.WithDbAsync(async db =>
    {
        var year = _app.Today.Year + 1;
        var ev = new Event(new EventDetails($"Gathering {Guid.NewGuid():N}", null, null, new DateTime(year, 7, 23, 9, 0, 0), new DateTime(year, 7, 23, 21, 0, 0),
            "Worcester Labor Hall", null, "Worcester", null, isPublic, capacity, 5, TrackerVisibility.Public, []), Actor.System, _app.UtcNow);
        var ticket = ev.AddTicketType(TicketKind.Community, "Community", 15m, null);
        if (publish)
        {
            ev.Publish();
        }

        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return (ev.Id, ticket.Id);
    });

    private static object Body(string name, int ticket, bool wait = false, string? diet = null) =>
        new { name, email = $"{name.Replace(" ", ".").ToLowerInvariant()}@example.org", ticketType = ticket, joinWaitlist = wait, dietaryNeeds = diet };

    [Test]
    public async Task TwentyParallelRegistrationsForFivePlacesConfirmExactlyFiveAndOfferTheRestTheWaitlist()
    {
        var (ev, ticket) = await EventAsync(capacity: 5);
        using var client = _app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            client.PostAsJsonAsync($"/api/v1/events/{ev}/registrations", Body($"Person {i}", ticket))));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        var full = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(created, Is.EqualTo(5), string.Join("\n", bodies));
            Assert.That(full, Has.Count.EqualTo(15), string.Join("\n", bodies));
            Assert.That(full.Select(r => r.Content.Headers.ContentType?.MediaType), Has.All.EqualTo("application/problem+json"));
            var waitlistOffered = bodies.Where(b => b.Contains("No place left")).Select(b => JsonDocument.Parse(b).RootElement.GetProperty("waitlist").GetBoolean()).ToList();
            Assert.That(waitlistOffered, Has.Count.EqualTo(15).And.All.True);
            var (held, confirmed) = await _app.WithDbAsync(async db => (
                await db.Events.Where(e => e.Id == ev).Select(e => e.PlacesHeld).SingleAsync(),
                await db.Registrations.CountAsync(r => r.EventId == ev && r.Status == PlaceStatus.Confirmed)));
            Assert.That((held, confirmed), Is.EqualTo((5, 5)));
        });

        var waiting = await client.PostAsJsonAsync($"/api/v1/events/{ev}/registrations", Body("Late Comer", ticket, wait: true));
        Assert.That(waiting.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await waiting.Content.ReadFromJsonAsync<JsonElement>(AppFactory.Json)).GetProperty("status").GetString(), Is.EqualTo("Waitlisted"));
    }

    [Test]
    public async Task AnonymousRegistrationIsOnlyForAPublicPublishedEvent()
    {
        var (privateEvent, privateTicket) = await EventAsync(capacity: null, isPublic: false);
        var (draft, draftTicket) = await EventAsync(capacity: null, publish: false);
        var (open, openTicket) = await EventAsync(capacity: null);
        using var client = _app.CreateClient();

        Assert.Multiple(async () =>
        {
            Assert.That((await client.PostAsJsonAsync($"/api/v1/events/{privateEvent}/registrations", Body("Ana Ruiz", privateTicket))).StatusCode,
                Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.PostAsJsonAsync($"/api/v1/events/{draft}/registrations", Body("Ana Ruiz", draftTicket))).StatusCode,
                Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.PostAsJsonAsync($"/api/v1/events/{open}/registrations", Body("Ana Ruiz", openTicket))).StatusCode,
                Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await client.GetAsync($"/api/v1/events/{open}/registrations")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await client.GetAsync($"/api/v1/events/{privateEvent}/calendar.ics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            var ics = await client.GetAsync($"/api/v1/events/{open}/calendar.ics");
            Assert.That(ics.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/calendar"));
            Assert.That(IcalCalendar.Load(await ics.Content.ReadAsStringAsync())!.Events, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task ARegistrantsLinkShowsOnlyTheirOwnRegistrationAndNeedsStayOnTheStaffList()
    {
        var (ev, ticket) = await EventAsync(capacity: null);
        using var client = _app.CreateClient();
        var mine = await (await client.PostAsJsonAsync($"/api/v1/events/{ev}/registrations", Body("Ana Ruiz", ticket, diet: "Ana-vegan-secret")))
            .Content.ReadFromJsonAsync<JsonElement>();
        await client.PostAsJsonAsync($"/api/v1/events/{ev}/registrations", Body("Ben Okafor", ticket, diet: "Ben-halal-secret"));
        var token = mine.GetProperty("token").GetString()!;

        var own = await client.GetStringAsync($"/api/v1/events/registrations/{token}");
        var ownPage = await client.GetStringAsync($"/events/r/{token}");
        var calendar = await client.GetStringAsync($"/api/v1/events/registrations/{token}/calendar.ics");
        using var staff = await _app.ClientForAsync(AppFactory.StaffEmail);
        var list = await staff.GetStringAsync($"/api/v1/events/{ev}/registrations?q=ben");
        var csv = await staff.GetStringAsync($"/api/v1/events/{ev}/registrations/export.csv");

        Assert.Multiple(async () =>
        {
            Assert.That(own, Does.Contain("Ana Ruiz").And.Not.Contain("Ben Okafor"));
            Assert.That(own + ownPage + calendar, Does.Not.Contain("secret"), "needs never leave staff pages, not even to their owner");
            Assert.That(ownPage, Does.Contain("Ana Ruiz").And.Not.Contain("Ben Okafor"));
            Assert.That(list, Does.Contain("Ben-halal-secret").And.Not.Contain("Ana Ruiz"));
            Assert.That(csv, Does.Contain("Ana-vegan-secret").And.Contain("Ben-halal-secret"));
            Assert.That((await client.GetAsync($"/api/v1/events/registrations/{new string('0', 32)}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
