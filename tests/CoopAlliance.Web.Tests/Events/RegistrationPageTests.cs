using System.Net;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Events;

/// <summary>
/// The registration pages: the public form (tickets with prices, inline errors that save nothing, the waitlist offered when
/// full, the registrant sent to their own page) and the staff list (needs for staff only, payments recorded).
/// </summary>
public sealed class RegistrationPageTests
{
    private AppFactory _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = new AppFactory(settings: new Dictionary<string, string> { ["RateLimits:PublicFormPerAddress:PermitLimit"] = "1000" });

    [OneTimeTearDown]
    public void StopApp() => _app.Dispose();

    private Task<(int Event, int Ticket)> EventAsync(int? capacity, bool publish = true) => _app.WithDbAsync(async db =>
    {
        var year = _app.Today.Year + 1;
        var ev = new Event(new EventDetails($"Gathering {Guid.NewGuid():N}", null, null, new DateTime(year, 7, 23, 9, 0, 0), new DateTime(year, 7, 23, 21, 0, 0),
            "Worcester Labor Hall", null, "Worcester", null, true, capacity, 5, TrackerVisibility.Public, []), Actor.System, _app.UtcNow);
        var ticket = ev.AddTicketType(TicketKind.Community, "Community ticket", 15m, null);
        ev.AddTicketType(TicketKind.Solidarity, "Solidarity ticket", 0m, 25m);
        if (publish)
        {
            ev.Publish();
        }

        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return (ev.Id, ticket.Id);
    });

    private static Dictionary<string, string> Fields(string name, int ticket, string? diet = null) => new()
    {
        ["Input.Name"] = name,
        ["Input.Email"] = $"{name.Replace(" ", ".").ToLowerInvariant()}@example.org",
        ["Input.TicketType"] = ticket.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.DietaryNeeds"] = diet ?? "",
    };

    [Test]
    public async Task TheFormShowsThePublishedEventsTicketsWithPricesAndIsNotFoundForAnUnpublishedOne()
    {
        var (ev, _) = await EventAsync(capacity: null);
        var (draft, _) = await EventAsync(capacity: null, publish: false);
        using var client = _app.CreateCookieClient();

        var page = await client.GetAsync($"/events/{ev}/register");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("Community ticket").And.Contain("$15.00").And.Contain("Solidarity ticket").And.Contain("suggested $25.00"));
            Assert.That(html, Does.Contain("Only alliance staff see these answers").And.Contain("name=\"Input.Fax\""));
            Assert.That((await client.GetAsync($"/events/{draft}/register")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.GetAsync("/events/999999/register")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task PostingTheFormRegistersAndSendsThePersonToTheirOwnPage()
    {
        var (ev, ticket) = await EventAsync(capacity: 10);
        using var client = _app.CreateCookieClient();

        var posted = await Forms.PostAsync(client, $"/events/{ev}/register", Fields("Rosa Form", ticket, diet: "Vegan"));

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await posted.Content.ReadAsStringAsync());
        var saved = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.EventId == ev));
        Assert.Multiple(() =>
        {
            Assert.That(posted.Headers.Location?.OriginalString, Is.EqualTo($"/events/r/{saved.Token}"));
            Assert.That((saved.Name, saved.Status, saved.Price, saved.DietaryNeeds), Is.EqualTo(("Rosa Form", PlaceStatus.Confirmed, 15m, "Vegan")));
        });
        var own = await client.GetStringAsync(posted.Headers.Location!.OriginalString);
        Assert.That(own, Does.Contain("You&#x27;re registered").Or.Contain("You're registered"));
        Assert.That(own, Does.Contain(saved.Code));
    }

    [Test]
    public async Task AFormWithoutANameShowsTheMessageInlineAndSavesNothing()
    {
        var (ev, ticket) = await EventAsync(capacity: 10);
        using var client = _app.CreateCookieClient();

        var posted = await Forms.PostAsync(client, $"/events/{ev}/register", Fields("", ticket, diet: "No nuts"));
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("Please give your name."));
            Assert.That(html, Does.Contain("No nuts"), "what was typed stays in the form");
            Assert.That(await _app.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == ev)), Is.Zero);
        });
    }

    [Test]
    public async Task AFilledHoneypotLooksAcceptedButSavesNothing()
    {
        var (ev, ticket) = await EventAsync(capacity: 10);
        using var client = _app.CreateCookieClient();

        var posted = await Forms.PostAsync(client, $"/events/{ev}/register", new Dictionary<string, string>(Fields("Bot Person", ticket)) { ["Input.Fax"] = "555-0100" });

        Assert.Multiple(async () =>
        {
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(posted.Headers.Location?.OriginalString, Does.StartWith($"/events/{ev}/"));
            Assert.That(await _app.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == ev)), Is.Zero);
        });
    }

    [Test]
    public async Task AFullEventOffersTheWaitlistAndTheButtonPutsThePersonOnIt()
    {
        var (ev, ticket) = await EventAsync(capacity: 1);
        using var client = _app.CreateCookieClient();
        Assert.That((await Forms.PostAsync(client, $"/events/{ev}/register", Fields("First In", ticket))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var refused = await Forms.PostAsync(client, $"/events/{ev}/register", Fields("Second Person", ticket, diet: "Halal"));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("Join the waitlist").And.Contain("name=\"Input.JoinWaitlist\""));
            Assert.That(html, Does.Contain("Second Person").And.Contain("Halal"), "what was typed stays in the form");
            Assert.That(await _app.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == ev)), Is.EqualTo(1));
        });

        var waiting = await Forms.PostAsync(client, $"/events/{ev}/register", new Dictionary<string, string>(Fields("Second Person", ticket, diet: "Halal"))
        {
            ["Input.JoinWaitlist"] = "true",
        });
        Assert.That(waiting.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await waiting.Content.ReadAsStringAsync());
        var second = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.EventId == ev && r.Name == "Second Person"));
        Assert.Multiple(() =>
        {
            Assert.That(second.Status, Is.EqualTo(PlaceStatus.Waitlisted));
            Assert.That(waiting.Headers.Location?.OriginalString, Is.EqualTo($"/events/r/{second.Token}"));
        });
    }

    [Test]
    public async Task TheStaffListShowsNeedsToStaffRecordsAPaymentAndIsClosedToReps()
    {
        var (ev, ticket) = await EventAsync(capacity: 10);
        using (var anonymous = _app.CreateCookieClient())
        {
            await Forms.PostAsync(anonymous, $"/events/{ev}/register", Fields("Needs Person", ticket, diet: "Gluten-free please"));
        }

        using var staff = await _app.SignedInBrowserAsync(AppFactory.StaffEmail);
        var page = $"/Events/Registrations?id={ev}";
        var html = await staff.GetStringAsync(page);
        Assert.That(html, Does.Contain("Needs Person").And.Contain("Gluten-free please").And.Contain("Record payment"));
        Assert.That(await staff.GetStringAsync($"{page}&q=nobody-like-this"), Does.Contain("No registration matches this search."));
        Assert.That(await staff.GetStringAsync($"{page}&handler=Csv"), Does.Contain("Gluten-free please"));

        var id = await _app.WithDbAsync(db => db.Registrations.Where(r => r.EventId == ev).Select(r => r.Id).SingleAsync());
        var token = await Forms.TokenAsync(staff, page);
        var empty = await staff.PostAsync($"{page}&handler=Payment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Payment.RegistrationId"] = $"{id}",
            ["Payment.Amount"] = "0",
            ["Payment.PaidOn"] = _app.Today.ToString("yyyy-MM-dd"),
        }));
        Assert.That(await empty.Content.ReadAsStringAsync(), Does.Contain("The amount paid must be more than zero."));
        var paid = await staff.PostAsync($"{page}&handler=Payment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Payment.RegistrationId"] = $"{id}",
            ["Payment.Amount"] = "15",
            ["Payment.PaidOn"] = _app.Today.ToString("yyyy-MM-dd"),
            ["Payment.Reference"] = "Cheque 42",
        }));
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == id));
        Assert.That((saved.Payment, saved.AmountPaid, saved.PaymentReference), Is.EqualTo((PaymentStatus.Paid, (decimal?)15m, "Cheque 42")));

        using var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);
        var refused = await rep.GetAsync(page);
        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect));
            Assert.That(refused.Headers.Location?.OriginalString ?? "", Does.Not.StartWith("/Events"));
            Assert.That(await refused.Content.ReadAsStringAsync(), Does.Not.Contain("Gluten-free please"));
        });
    }
}
