using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Tests.Events;

/// <summary>Planning an event on SQLite through the handlers: create, edit with the version, set up, publish, and schedule without clashes.</summary>
public sealed class EventPlanningTests : TestBase
{
    private static readonly DateTime Nine = new(2027, 7, 23, 9, 0, 0);

    private static CreateEvent Conference(string title = "Green Solidarity Economy Conference") =>
        new(title, "A day of co-planning", "Panels, workshops and deliberative planning.", Nine, Nine.AddHours(12), "Worcester State University",
            "486 Chandler St", "Worcester", "Step-free entrance on Chandler St.", true, 150, 5, TrackerVisibility.Public, [30, 60, 90]);

    private static UpdateEvent Update(int id, int version, EventDetail e, int? capacity = null, string? title = null) =>
        new(id, version, title ?? e.Title, e.Summary, e.Description, e.StartsAt, e.EndsAt, e.VenueName, e.VenueAddress, e.Town, e.AccessibilityNotes, e.IsPublic,
            capacity ?? e.Capacity, e.DotsPerPerson, e.Tracker, e.FollowUpDays);

    [Test]
    public async Task StaffCreateAnEventThatStartsInPlanningWithItsWallClockTimes()
    {
        var id = await SendAsync(Conference());

        var e = await SendAsync(new GetEvent(id));
        Assert.That((e.Title, e.Status, e.StartsAt, e.EndsAt, e.Town, e.Capacity), Is.EqualTo(("Green Solidarity Economy Conference", EventStatus.Planning,
            Nine, Nine.AddHours(12), "Worcester", (int?)150)));
        Assert.That(e.FollowUpDays, Is.EqualTo(new[] { 30, 60, 90 }));
        Assert.That(e.CreatedBy, Is.EqualTo("Sam Staff"));
        Assert.That(e.Slug, Is.EqualTo("green-solidarity-economy-conference"));
    }

    [Test]
    public async Task ABadEventIsRefusedWithFieldErrorsAndNothingIsSaved()
    {
        var ex = Assert.ThrowsAsync<ValidationException>(() => SendAsync(Conference("") with { EndsAt = Nine.AddHours(-1), DotsPerPerson = 0 }));

        Assert.That(ex!.Errors.Keys, Is.SupersetOf(new[] { "Title", "EndsAt", "DotsPerPerson" }));
        Assert.That(await CountAsync<Event>(), Is.Zero);
    }

    [Test]
    public async Task AnEditSavesWithTheVersionReadAndAStaleVersionIsAConflict()
    {
        var id = await SendAsync(Conference());
        var read = await SendAsync(new GetEvent(id));

        await SendAsync(Update(id, read.Version, read, title: "Green Solidarity Economy 2027"));
        Assert.ThrowsAsync<ConflictException>(() => SendAsync(Update(id, read.Version, read, title: "Stale")));

        var after = await SendAsync(new GetEvent(id));
        Assert.That(after.Title, Is.EqualTo("Green Solidarity Economy 2027"));
        Assert.That(after.Version, Is.GreaterThan(read.Version));
    }

    [Test]
    public async Task PublishingNeedsATicketTypeThenTheEventIsListedPublicly()
    {
        var id = await SendAsync(Conference());
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new PublishEvent(id)));

        RunAnonymously();
        Assert.That(await SendAsync(new ListUpcomingEvents()), Is.Empty, "an event in planning is not public");
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetPublicEvent(id)));

        RunAsStaff();
        await SendAsync(new AddTicketType(id, TicketKind.Solidarity, "Pay what you can", 0m, 25m));
        await SendAsync(new PublishEvent(id));

        RunAnonymously();
        var upcoming = await SendAsync(new ListUpcomingEvents());
        Assert.That(upcoming.Select(e => e.Id), Is.EqualTo(new[] { id }));
        var shown = await SendAsync(new GetPublicEvent(id));
        Assert.That(shown.OpenForRegistration, Is.True);
        Assert.That(shown.TicketTypes.Single().SuggestedPrice, Is.EqualTo(25m));
    }

    [Test]
    public async Task TheSetupAddsAndRemovesThemesRoomsSlotsAndTicketsButASlotMustFallWithinTheEvent()
    {
        var id = await SendAsync(Conference());
        var theme = await SendAsync(new AddEventTheme(id, "Community empowerment"));
        var room = await SendAsync(new AddEventRoom(id, "Main hall", 150, "Ground floor"));
        var slot = await SendAsync(new AddEventTimeSlot(id, Nine.AddHours(1), Nine.AddHours(2), "Morning"));
        var ticket = await SendAsync(new AddTicketType(id, TicketKind.Community, "Community", 20m));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new AddEventTimeSlot(id, Nine.AddHours(-2), Nine.AddHours(-1))));

        var e = await SendAsync(new GetEvent(id));
        Assert.That((e.Themes.Single().Id, e.Rooms.Single().Id, e.Slots.Single().Id, e.TicketTypes.Single().Id), Is.EqualTo((theme, room, slot, ticket)));

        await SendAsync(new RemoveEventTheme(id, theme));
        await SendAsync(new RemoveEventRoom(id, room));
        await SendAsync(new RemoveEventTimeSlot(id, slot));
        await SendAsync(new RemoveTicketType(id, ticket));
        e = await SendAsync(new GetEvent(id));
        Assert.That(e.Themes.Count + e.Rooms.Count + e.Slots.Count + e.TicketTypes.Count, Is.Zero);
    }

    [Test]
    public async Task SchedulingRefusesAClashAndLeavesTheSessionOffTheProgramme()
    {
        var id = await SendAsync(Conference());
        var hall = await SendAsync(new AddEventRoom(id, "Main hall", 150));
        var roomB = await SendAsync(new AddEventRoom(id, "Room B", 30));
        var morning = await SendAsync(new AddEventTimeSlot(id, Nine.AddHours(1), Nine.AddHours(2.5), "Morning"));
        var first = await SendAsync(new AddSessionByStaff(id, "Local development", null, SessionFormat.Panel, null, ["Ana Lima"], null, 90, null, "events@example.org"));
        var second = await SendAsync(new AddSessionByStaff(id, "Environmental justice", null, SessionFormat.Workshop, null, ["ANA LIMA"], null, 60, null, "events@example.org"));
        var third = await SendAsync(new AddSessionByStaff(id, "Community power", null, SessionFormat.Workshop, null, ["Ben Okafor"], null, 60, null, "events@example.org"));

        await SendAsync(new ScheduleSession(id, first, hall, morning));
        var roomClash = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new ScheduleSession(id, third, hall, morning)));
        var presenterClash = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new ScheduleSession(id, second, roomB, morning)));
        await SendAsync(new ScheduleSession(id, third, roomB, morning));

        Assert.That(roomClash!.Message, Does.Contain("Main hall"));
        Assert.That(presenterClash!.Message, Does.Contain("Local development"));
        var sessions = await SendAsync(new ListSessions(id, SessionStatus.Accepted));
        Assert.That(sessions.Where(s => s.SlotId is not null).Select(s => (s.Title, s.Room)),
            Is.EquivalentTo(new[] { ("Local development", "Main hall"), ("Community power", "Room B") }));

        await SendAsync(new UnscheduleSession(id, first));
        await SendAsync(new ScheduleSession(id, second, hall, morning));
        Assert.That((await SendAsync(new ListSessions(id))).Single(s => s.Id == second).StartsAt, Is.EqualTo(Nine.AddHours(1)));
    }

    [Test]
    public async Task TheCallForSessionsIsOpenOnlyForAPublishedPublicEventAndStaffDecideWithANote()
    {
        var id = await SendAsync(Conference());
        await SendAsync(new AddTicketType(id, TicketKind.Community, "Community", 20m));
        var proposal = new ProposeSession
        {
            EventId = id,
            Title = "Worker co-op conversions",
            Format = SessionFormat.Workshop,
            Presenters = ["Dee Diaz"],
            DurationMinutes = 60,
            ProposerName = "Dee Diaz",
            ProposerEmail = "Dee@Example.org",
            Needs = "A projector",
        };

        RunAnonymously();
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(proposal), "an event still in planning takes no public proposals");

        RunAsStaff();
        await SendAsync(new PublishEvent(id));
        RunAnonymously();
        var sessionId = await SendAsync(proposal);

        RunAsStaff();
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new DecideSession(id, sessionId, SessionDecision.Decline)));
        await SendAsync(new DecideSession(id, sessionId, SessionDecision.AskForChanges, "Could it be 45 minutes?"));
        var session = (await SendAsync(new ListSessions(id))).Single();
        Assert.That((session.Status, session.StaffNote, session.ProposerEmail, session.Needs),
            Is.EqualTo((SessionStatus.ChangesRequested, "Could it be 45 minutes?", "dee@example.org", "A projector")));
        var mails = await WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == "dee@example.org").Select(m => m.Subject).ToListAsync());
        Assert.That(mails, Has.Count.EqualTo(2), "the acknowledgement, then the decision");

        RunAnonymously();
        var programme = await SendAsync(new GetProgramme(id));
        Assert.That(programme.Slots.SelectMany(s => s.Sessions), Is.Empty, "a proposal is not on the public programme");
    }

    [Test]
    public async Task AProposalSentInSpanishIsAnsweredInSpanish()
    {
        var id = await SendAsync(Conference());
        await SendAsync(new AddTicketType(id, TicketKind.Community, "Community", 20m));
        await SendAsync(new PublishEvent(id));
        RunAnonymously();
        int sessionId;
        using (CoopAlliance.Application.Common.Words.AppCulture.Use("es"))
        {
            sessionId = await SendAsync(new ProposeSession
            {
                EventId = id,
                Title = "Conversiones a cooperativas",
                Format = SessionFormat.Workshop,
                Presenters = ["Rosa Díaz"],
                DurationMinutes = 60,
                ProposerName = "Rosa Díaz",
                ProposerEmail = "rosa@example.org",
            });
        }

        RunAsStaff();
        await SendAsync(new DecideSession(id, sessionId, SessionDecision.Accept));

        var decision = await WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == "rosa@example.org").OrderBy(m => m.Id).LastAsync());
        Assert.That(decision.Subject, Does.StartWith("Su propuesta de sesión para"));
        Assert.That(decision.Body, Does.Contain("Hola, Rosa Díaz:").And.Contain("«Conversiones a cooperativas»").And.Contain("fue aceptada").And.Contain("El equipo de la Alianza"));
    }
}
