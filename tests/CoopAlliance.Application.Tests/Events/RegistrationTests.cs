using System.Text;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Events.Registrations;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;
using IcalCalendar = Ical.Net.Calendar;

namespace CoopAlliance.Application.Tests.Events;

/// <summary>
/// Registrations on SQLite through the handlers: places until full, the waitlist, cancellations passing the place on,
/// the offer-expiry job (twice), the needs retention, the exactly-once event fees and the confirmation's iCalendar.
/// </summary>
public sealed class RegistrationTests : TestBase
{
    [SetUp]
    public void StartInDecember() => Clock.Set(2026, 12, 5);

    /// <summary>A published public event on 2027-03-14 (the day clocks spring forward in New York) with a community and a member ticket.</summary>
    private static async Task<(int Event, int Community, int Member)> PublishedEventAsync(int? capacity = 2)
    {
        var ev = new Event(new EventDetails("Spring Gathering", "A day together", null, new DateTime(2027, 3, 14, 1, 0, 0), new DateTime(2027, 3, 14, 17, 0, 0),
            "Worcester Labor Hall", "12 Main St", "Worcester", "Step-free entrance", true, capacity, 5, TrackerVisibility.Public, [30]), Actor.System, Clock.GetUtcNow());
        var community = ev.AddTicketType(TicketKind.Community, "Community", 20m, null);
        var member = ev.AddTicketType(TicketKind.MemberWorkerOwner, "Member worker-owner", 10m, null);
        ev.Publish();
        await AddAsync(ev);
        return (ev.Id, community.Id, member.Id);
    }

    private static Task<RegistrationReceipt> RegisterAsync(int eventId, int ticket, string name, bool wait = false, int? coop = null, bool charge = false,
        string? diet = null)
    {
        RunAnonymously();
        return SendAsync(new Register
        {
            EventId = eventId,
            Name = name,
            Email = $"{name.Replace(" ", ".").ToLowerInvariant()}@example.org",
            TicketType = ticket,
            JoinWaitlist = wait,
            CooperativeId = coop,
            ChargeToCoop = charge,
            DietaryNeeds = diet,
        });
    }

    [Test]
    public async Task PlacesAreConfirmedUntilFullThenRefusedOrWaitlistedAndTheConfirmationCarriesTheCalendar()
    {
        var (ev, community, _) = await PublishedEventAsync(capacity: 2);
        var ana = await RegisterAsync(ev, community, "Ana Ruiz");
        await RegisterAsync(ev, community, "Ben Okafor");

        Assert.ThrowsAsync<NoPlaceLeftException>(() => RegisterAsync(ev, community, "Cy Tran"));
        var waiting = await RegisterAsync(ev, community, "Dee Marsh", wait: true);

        Assert.Multiple(async () =>
        {
            Assert.That(ana.Status, Is.EqualTo(PlaceStatus.Confirmed));
            Assert.That(ana.Code, Has.Length.EqualTo(Registration.CodeLength));
            Assert.That(waiting.Status, Is.EqualTo(PlaceStatus.Waitlisted));
            Assert.That((await FindAsync<Event>(ev))!.PlacesHeld, Is.EqualTo(2));
            Assert.That(await CountAsync<Registration>(), Is.EqualTo(3), "the refused one left nothing behind");
        });
        var mail = await WithDbAsync(db => db.OutboxMessages.Include(m => m.Attachments).AsNoTracking().Where(m => m.To == "ana.ruiz@example.org").SingleAsync());
        var ics = Encoding.UTF8.GetString(mail.Attachments.Single().Content);
        var calendar = IcalCalendar.Load(ics)!;
        Assert.Multiple(() =>
        {
            Assert.That(mail.Body, Does.Contain($"/events/r/{ana.Token}").And.Contain(ana.Code));
            Assert.That(mail.Attachments.Single().ContentType, Is.EqualTo("text/calendar"));
            Assert.That(calendar.Events.Single().Summary, Is.EqualTo("Spring Gathering"));
        });
    }

    [Test]
    public async Task MemberPricingFollowsTheCoopsStandingNow()
    {
        var (ev, _, member) = await PublishedEventAsync(capacity: null);
        var active = await AddActiveCoopAsync("Active Bakers");
        var lapsed = await AddActiveCoopAsync("Lapsed Builders", status: MembershipStatus.Lapsed);

        var ok = await RegisterAsync(ev, member, "Eve Ng", coop: active, charge: true);
        var refused = Assert.ThrowsAsync<DomainRuleException>(() => RegisterAsync(ev, member, "Fay Lin", coop: lapsed));

        Assert.That(ok.Price, Is.EqualTo(10m));
        Assert.That(refused!.Message, Does.Contain("good standing"));
    }

    [Test]
    public async Task ACancellationOffersThePlaceToTheNextPersonWaitingWithOneEmail()
    {
        var (ev, community, _) = await PublishedEventAsync(capacity: 1);
        var first = await RegisterAsync(ev, community, "Ana Ruiz");
        var next = await RegisterAsync(ev, community, "Ben Okafor", wait: true);
        await RegisterAsync(ev, community, "Cy Tran", wait: true);

        await SendAsync(new CancelRegistration(first.Token));
        await SendAsSystemAsync(new ExpireEventOffers());

        var offered = await WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == next.Id));
        Assert.Multiple(async () =>
        {
            Assert.That(offered.Status, Is.EqualTo(PlaceStatus.Offered));
            Assert.That(offered.OfferExpiresAt, Is.EqualTo(Clock.GetUtcNow().AddHours(48)));
            Assert.That(await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "ben.okafor@example.org" && m.Subject.StartsWith("A place has freed up"))),
                Is.EqualTo(1), "the offer is emailed once, even when the job runs after the cancellation");
            Assert.That((await FindAsync<Event>(ev))!.PlacesHeld, Is.EqualTo(1), "the offer holds the place; never more than capacity");
        });

        await SendAsync(new AcceptOffer(next.Token));
        Assert.That((await SendAsync(new GetMyRegistration(next.Token))).Status, Is.EqualTo(PlaceStatus.Confirmed));
    }

    [Test]
    public async Task TheOfferExpiryJobPassesAnExpiredOfferOnAndChangesNothingTheSecondTime()
    {
        var (ev, community, _) = await PublishedEventAsync(capacity: 1);
        var first = await RegisterAsync(ev, community, "Ana Ruiz");
        var second = await RegisterAsync(ev, community, "Ben Okafor", wait: true);
        var third = await RegisterAsync(ev, community, "Cy Tran", wait: true);
        await SendAsync(new CancelRegistration(first.Token));

        Clock.Advance(TimeSpan.FromHours(49));
        var run1 = await SendAsSystemAsync(new ExpireEventOffers());
        var run2 = await SendAsSystemAsync(new ExpireEventOffers());

        var statuses = await WithDbAsync(db => db.Registrations.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Multiple(async () =>
        {
            Assert.That((run1.Expired, run1.Offered), Is.EqualTo((1, 1)));
            Assert.That((run2.Expired, run2.Offered), Is.EqualTo((0, 0)));
            Assert.That(statuses, Is.EqualTo(new[] { PlaceStatus.Cancelled, PlaceStatus.OfferExpired, PlaceStatus.Offered }));
            Assert.That((await FindAsync<Event>(ev))!.PlacesHeld, Is.EqualTo(1));
            Assert.That(await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "cy.tran@example.org" && m.Subject.StartsWith("A place"))), Is.EqualTo(1));
        });
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new AcceptOffer(second.Token)));
        await SendAsync(new AcceptOffer(third.Token));
    }

    [Test]
    public async Task EventFeesGoOnEachMemberCoopsAccountExactlyOnceAfterTheEvent()
    {
        var (ev, _, member) = await PublishedEventAsync(capacity: null);
        var bakers = await AddActiveCoopAsync("Active Bakers");
        var builders = await AddActiveCoopAsync("Green Builders");
        await RegisterAsync(ev, member, "Ana Ruiz", coop: bakers, charge: true);
        await RegisterAsync(ev, member, "Ben Okafor", coop: bakers, charge: true);
        await RegisterAsync(ev, member, "Cy Tran", coop: builders, charge: true);
        await RegisterAsync(ev, member, "Dee Marsh", coop: builders);

        Clock.Set(2027, 3, 14, 23);
        Assert.That((await SendAsSystemAsync(new ChargeEventFees(Clock.Today))).Events, Is.Zero, "not on the day itself");
        Clock.Set(2027, 3, 15);
        var first = await SendAsSystemAsync(new ChargeEventFees(Clock.Today));
        var second = await SendAsSystemAsync(new ChargeEventFees(Clock.Today));

        var invoices = await WithDbAsync(db => db.Invoices.AsNoTracking().Include(i => i.Lines).Where(i => i.Kind == InvoiceKind.EventFee).OrderBy(i => i.CooperativeId).ToListAsync());
        Assert.Multiple(async () =>
        {
            Assert.That((first.Events, first.Invoices, first.Amount), Is.EqualTo((1, 2, 30m)));
            Assert.That((second.Events, second.Invoices), Is.EqualTo((0, 0)));
            Assert.That(invoices.Select(i => (i.CooperativeId, i.Lines.Count, i.Total)), Is.EqualTo(new[] { (bakers, 2, 20m), (builders, 1, 10m) }));
            Assert.That(invoices[0].Lines.Select(l => l.Description), Has.All.Contains("Spring Gathering").And.Some.Contains("Ana Ruiz"));
            Assert.That(await WithDbAsync(db => db.Registrations.CountAsync(r => r.Payment == PaymentStatus.ChargedToCoop)), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task NeedsAreErasedOnlyOnceTheRetentionTimeHasPassed()
    {
        var (ev, community, _) = await PublishedEventAsync(capacity: null);
        await RegisterAsync(ev, community, "Ana Ruiz", diet: "Vegan");

        Clock.Set(2027, 4, 12); // 29 days after the event's last day (retention 30)
        Assert.That(await SendAsSystemAsync(new EraseEventNeeds(Clock.Today)), Is.Zero);
        Assert.That(await WithDbAsync(db => db.Registrations.Select(r => r.DietaryNeeds).SingleAsync()), Is.EqualTo("Vegan"));

        Clock.Set(2027, 4, 13);
        Assert.That(await SendAsSystemAsync(new EraseEventNeeds(Clock.Today)), Is.EqualTo(1));
        Assert.That(await SendAsSystemAsync(new EraseEventNeeds(Clock.Today)), Is.Zero, "the second run finds nothing to do");
        Assert.Multiple(async () =>
        {
            Assert.That(await WithDbAsync(db => db.Registrations.Select(r => r.DietaryNeeds).SingleAsync()), Is.Null);
            Assert.That((await FindAsync<Event>(ev))!.NeedsErasedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task RegistrationIsRefusedForAnEventNotPublished()
    {
        var ev = new Event(new EventDetails("Draft", null, null, new DateTime(2027, 3, 14, 9, 0, 0), new DateTime(2027, 3, 14, 17, 0, 0),
            "Hall", null, null, null, true, null, 5, TrackerVisibility.Public, []), Actor.System, Clock.GetUtcNow());
        var ticket = ev.AddTicketType(TicketKind.Community, "Community", 0m, null);
        await AddAsync(ev);
        Assert.ThrowsAsync<NotFoundException>(() => RegisterAsync(ev.Id, ticket.Id, "Ana Ruiz"));
    }
}
