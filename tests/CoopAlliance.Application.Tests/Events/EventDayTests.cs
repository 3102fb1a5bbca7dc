using CoopAlliance.Application.Events.Day;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;
using static CoopAlliance.Application.Tests.Support.PdfText;

namespace CoopAlliance.Application.Tests.Events;

/// <summary>Check-in at the door and the day's PDFs, on SQLite through the real pipeline and the real SkiaSharp report layer.</summary>
public sealed class EventDayTests : TestBase
{
    private static readonly Actor Staff = new(StaffUserId, "Sam Staff");

    private sealed record Arranged(int EventId, Registration Rosa, Registration Ravi, Registration Waiting, int Workshop);

    /// <summary>A published event with two confirmed people (one with needs), one waitlisted, a panel and a workshop, scheduled.</summary>
    private static async Task<Arranged> ArrangeAsync()
    {
        var now = Clock.GetUtcNow();
        var day = new DateTime(2027, 7, 23, 0, 0, 0, DateTimeKind.Unspecified);
        var ev = new Event(new EventDetails("Green Solidarity Day", null, null, day.AddHours(9), day.AddHours(17), "Union Hall", "50 Chandler St", "Worcester",
            "Step-free entrance", true, 2, 3, TrackerVisibility.Public, [30]), Staff, now);
        var theme = ev.AddTheme("Community empowerment");
        var hall = ev.AddRoom("Main hall", 100, null);
        var roomA = ev.AddRoom("Room A", 20, "Second floor by elevator");
        var morning = ev.AddSlot(day.AddHours(9), day.AddHours(10), null);
        var late = ev.AddSlot(day.AddHours(11), day.AddHours(12), "Workshops");
        var ticket = ev.AddTicketType(TicketKind.Community, "Community", 15m, null);
        ev.Publish();
        await AddAsync(ev);

        var panel = EventSession.AddByStaff(ev, new SessionDetails("Opening panel", theme.Id, SessionFormat.Panel, null, ["Ana Ruiz"], null, 60, null), Staff, "s@x.org", now);
        var workshop = EventSession.AddByStaff(ev, new SessionDetails("Bylaws workshop", null, SessionFormat.Workshop, null, ["Bo Lee"], null, 60, 10), Staff, "s@x.org", now);
        await WithDbAsync(async db =>
        {
            db.EventSessions.AddRange(panel, workshop);
            await db.SaveChangesAsync();
            var tracked = await db.Events.Include(e => e.Rooms).Include(e => e.Slots).SingleAsync(e => e.Id == ev.Id);
            // Added in the later slot first, so the test sees the programme sorted by time rather than by insertion.
            Scheduling.Schedule(tracked, workshop, roomA.Id, late.Id, [panel, workshop]);
            Scheduling.Schedule(tracked, panel, hall.Id, morning.Id, [panel, workshop]);
            await db.SaveChangesAsync();
        });

        Registration Register(string name, string? access = null) => Registration.Register(ev, ticket,
            new RegistrantDetails(name, name.Replace(' ', '.') + "@example.org", "Main South CLT", null, access, null, null),
            null, null, false, true, day.AddDays(-30), now);
        var rosa = Register("Rosa Santos", "Needs a ramp to the stage");
        var ravi = Register("Ravi Patel");
        var waiting = Register("Wendy Waits");
        await WithDbAsync(async db =>
        {
            db.Attach(ev);
            db.Registrations.AddRange(rosa, ravi, waiting);
            await db.SaveChangesAsync();
        });
        return new Arranged(ev.Id, rosa, ravi, waiting, workshop.Id);
    }

    [Test]
    public async Task FindsByCodeTypedInLowerCaseWithSpacesOrByPartOfTheNameAndNeverShowsNeeds()
    {
        var a = await ArrangeAsync();
        var typed = $" {a.Rosa.Code[..3].ToLowerInvariant()} {a.Rosa.Code[3..].ToLowerInvariant()} ";

        var byCode = await SendAsync(new FindForCheckIn(a.EventId, typed));
        Assert.That(byCode.Matches.Select(m => m.Name), Is.EqualTo(new[] { "Rosa Santos" }));
        Assert.That(byCode.Counts, Is.EqualTo(new CheckInCounts(0, 2)));

        var byName = await SendAsync(new FindForCheckIn(a.EventId, "SANT"));
        Assert.That(byName.Matches.Select(m => m.Name), Is.EqualTo(new[] { "Rosa Santos" }));
        var waiting = await SendAsync(new FindForCheckIn(a.EventId, "wendy"));
        Assert.That(waiting.Matches.Single().Status, Is.EqualTo(PlaceStatus.Waitlisted));

        // The result type carries no needs and no link secret at all.
        var fields = typeof(CheckInCandidate).GetProperties().Select(p => p.Name).ToList();
        Assert.That(fields, Has.None.Contains("Needs").And.None.Contains("Token").And.None.Contains("Email"));
        Assert.That(System.Text.Json.JsonSerializer.Serialize(byCode), Does.Not.Contain("ramp"));
        Assert.That((await SendAsync(new FindForCheckIn(a.EventId, ""))).Matches, Is.Empty);
    }

    [Test]
    public async Task CheckingInTwiceChangesNothingAndAWaitlistedPersonIsRefused()
    {
        var a = await ArrangeAsync();

        var first = await SendAsync(new CheckInRegistration(a.EventId, a.Rosa.Id));
        var at = first.CheckedInAt;
        Clock.UtcNow = Clock.UtcNow.AddMinutes(5);
        var second = await SendAsync(new CheckInRegistration(a.EventId, a.Rosa.Id));
        Assert.That(second.CheckedIn, Is.True);
        Assert.That(second.CheckedInAt, Is.EqualTo(at), "the first check-in's time stays");
        Assert.That(await SendAsync(new GetCheckInCounts(a.EventId)), Is.EqualTo(new CheckInCounts(1, 2)));

        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new CheckInRegistration(a.EventId, a.Waiting.Id)));
        Assert.That((await FindAsync<Registration>(a.Waiting.Id))!.CheckedInAt, Is.Null);

        await SendAsync(new UndoCheckIn(a.EventId, a.Rosa.Id));
        Assert.That(await SendAsync(new GetCheckInCounts(a.EventId)), Is.EqualTo(new CheckInCounts(0, 2)));
    }

    [Test]
    public async Task BadgesCarryTheNamesAndCodesOfConfirmedPeopleOnly()
    {
        var a = await ArrangeAsync();

        var (_, lines) = Read((await SendAsync(new GetBadgesPdf(a.EventId))).Content);
        var text = string.Join("\n", lines);
        Assert.That(text, Does.Contain("Rosa Santos").And.Contain("Ravi Patel"));
        Assert.That(text, Does.Contain(a.Rosa.Code).And.Contain(a.Ravi.Code));
        Assert.That(text, Does.Not.Contain("Wendy Waits"), "no badge without a confirmed place");
        Assert.That(text, Does.Contain("Main South CLT"));
    }

    [Test]
    public async Task TheProgrammeListsSessionsInTimeOrderWithRoomsAndIsHiddenFromThePublicUntilPublished()
    {
        var a = await ArrangeAsync();

        RunAnonymously();
        var (_, lines) = Read((await SendAsync(new GetProgrammePdf(a.EventId))).Content);
        var panel = lines.FindIndex(l => l == "Opening panel");
        var workshop = lines.FindIndex(l => l == "Bylaws workshop");
        Assert.That(panel, Is.GreaterThan(0));
        Assert.That(workshop, Is.GreaterThan(panel), "the 9:00 panel comes before the 11:00 workshop");
        Assert.That(lines[panel + 1], Does.StartWith("Main hall · Panel · Community empowerment"));
        Assert.That(lines[workshop + 1], Does.StartWith("Room A · Workshop"));
        Assert.That(lines, Has.Some.Contains("Step-free entrance"));
        Assert.That(lines, Has.Some.Contains("11:00 AM – 12:00 PM · Workshops"));

        await WithDbAsync(async db =>
        {
            (await db.Events.SingleAsync(e => e.Id == a.EventId)).Cancel();
            await db.SaveChangesAsync();
        });
        Assert.ThrowsAsync<Common.Exceptions.NotFoundException>(() => SendAsync(new GetProgrammePdf(a.EventId)));
        RunAsStaff();
        Assert.That((await SendAsync(new GetProgrammePdf(a.EventId))).Content, Is.Not.Empty);
    }

    [Test]
    public async Task TheReportShowsAttendanceDotTotalsAndCommitmentStatusesAsTheyChange()
    {
        var a = await ArrangeAsync();
        await SendAsync(new CheckInRegistration(a.EventId, a.Rosa.Id));
        var commitmentId = await WithDbAsync(async db =>
        {
            var ev = await db.Events.Include(e => e.Themes).SingleAsync(e => e.Id == a.EventId);
            var rosa = await db.Registrations.SingleAsync(r => r.Id == a.Rosa.Id);
            var ravi = await db.Registrations.SingleAsync(r => r.Id == a.Ravi.Id);
            var proposal = ActionProposal.Put(ev, rosa, new ProposalDetails("A shared hiring hall", null, ev.Themes.First().Id, null, null), Clock.GetUtcNow());
            db.ActionProposals.Add(proposal);
            ev.OpenVoting();
            await db.SaveChangesAsync();
            db.DotVotes.Add(DotVoting.Place(ev, rosa, proposal, 2, [], Clock.GetUtcNow())!);
            db.DotVotes.Add(DotVoting.Place(ev, ravi, proposal, 3, [], Clock.GetUtcNow())!);
            ev.CloseVoting(Clock.GetUtcNow());
            var commitment = new Commitment(ev, new CommitmentDetails("Open the hiring hall", "Worcester Green Jobs Coalition", null, null, "Carmen Rivera", "c@x.org", proposal.Id),
                Staff, Clock.GetUtcNow());
            db.Commitments.Add(commitment);
            await db.SaveChangesAsync();
            return commitment.Id;
        });

        var text = string.Join("\n", Read((await SendAsync(new GetEventReportPdf(a.EventId))).Content).Lines);
        Assert.That(text, Does.Contain("Checked in 1 of 2"));
        Assert.That(text, Does.Contain("Community 2 1"), "the ticket type: 2 registered, 1 checked in");
        Assert.That(text, Does.Contain("Main South CLT 2 1"));
        Assert.That(text, Does.Contain("Still on the waitlist 1"));
        Assert.That(text, Does.Contain("Community empowerment — 5 dots"));
        Assert.That(text, Does.Contain("A shared hiring hall Rosa Santos 5"));
        Assert.That(text, Does.Contain("Not started"));

        await WithDbAsync(async db =>
        {
            var commitment = await db.Commitments.SingleAsync(c => c.Id == commitmentId);
            commitment.Report(CommitmentStatus.Done, "Opened", null, "Carmen Rivera", Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var after = string.Join("\n", Read((await SendAsync(new GetEventReportPdf(a.EventId))).Content).Lines);
        Assert.That(after, Does.Contain("Done").And.Not.Contain("Not started"));
    }
}
