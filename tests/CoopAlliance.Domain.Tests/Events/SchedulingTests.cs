using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;

namespace CoopAlliance.Domain.Tests.Events;

/// <summary>The programme's rules: no room or presenter in two places, no session longer than its slot.</summary>
public sealed class SchedulingTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new(1, "Sam Staff");
    private static int _nextId = 100;

    private static Event Conference()
    {
        var ev = new Event(new EventDetails("Green Solidarity Economy", null, null, new DateTime(2027, 7, 23, 9, 0, 0), new DateTime(2027, 7, 23, 21, 0, 0),
            "Worcester State", null, "Worcester", null, true, 200, 5, TrackerVisibility.Public, [30, 60, 90]), Staff, At).WithId(1);
        ev.AddRoom("Main hall", 200, null).WithId(11);
        ev.AddRoom("Room B", 30, null).WithId(12);
        ev.AddSlot(new DateTime(2027, 7, 23, 10, 0, 0), new DateTime(2027, 7, 23, 11, 30, 0), "Morning 1").WithId(21);
        ev.AddSlot(new DateTime(2027, 7, 23, 11, 0, 0), new DateTime(2027, 7, 23, 12, 0, 0), "Overlapping").WithId(22);
        ev.AddSlot(new DateTime(2027, 7, 23, 13, 0, 0), new DateTime(2027, 7, 23, 14, 0, 0), "After lunch").WithId(23);
        return ev;
    }

    private static EventSession Accepted(Event ev, string title, int minutes = 60, params string[] presenters) =>
        EventSession.AddByStaff(ev, new SessionDetails(title, null, SessionFormat.Panel, null, presenters, null, minutes, null), Staff, "staff@example.org", At)
            .WithId(_nextId++);

    [Test]
    public void TwoSessionsCannotShareARoomAtOverlappingTimes()
    {
        var ev = Conference();
        var first = Accepted(ev, "Local development", 90, "Ana Lima");
        Scheduling.Schedule(ev, first, 11, 21, []);
        var second = Accepted(ev, "Community power", 60, "Ben Okafor");

        var ex = Assert.Throws<DomainRuleException>(() => Scheduling.Schedule(ev, second, 11, 22, [first]));

        Assert.That(ex!.Message, Does.Contain("Main hall").And.Contain("Local development"));
        Assert.That(second.IsScheduled, Is.False);
    }

    [Test]
    public void APresenterCannotBeInTwoRoomsAtOnceWhateverTheCaseOrSpacing()
    {
        var ev = Conference();
        var first = Accepted(ev, "Local development", 90, "Ana Lima");
        Scheduling.Schedule(ev, first, 11, 21, []);
        var second = Accepted(ev, "Justice workshop", 60, "  ana   LIMA ");

        var ex = Assert.Throws<DomainRuleException>(() => Scheduling.Schedule(ev, second, 12, 22, [first]));

        Assert.That(ex!.Message, Does.Contain("Ana Lima").And.Contain("Local development"));
    }

    [Test]
    public void ASessionLongerThanItsSlotIsRefused()
    {
        var ev = Conference();
        var longOne = Accepted(ev, "Deep dive", 120, "Ana Lima");

        var ex = Assert.Throws<DomainRuleException>(() => Scheduling.Schedule(ev, longOne, 11, 21, []));

        Assert.That(ex!.Message, Does.Contain("120 minutes").And.Contain("90"));
    }

    [Test]
    public void SessionsThatDoNotOverlapShareARoomAndAPresenter()
    {
        var ev = Conference();
        var morning = Accepted(ev, "Local development", 90, "Ana Lima");
        Scheduling.Schedule(ev, morning, 11, 21, []);
        var afternoon = Accepted(ev, "Follow-up", 60, "Ana Lima");

        Scheduling.Schedule(ev, afternoon, 11, 23, [morning]);

        Assert.That((afternoon.RoomId, afternoon.SlotId, afternoon.StartsAt), Is.EqualTo(((int?)11, (int?)23, (DateTime?)new DateTime(2027, 7, 23, 13, 0, 0))));
    }

    [Test]
    public void UnscheduledAndDeclinedSessionsDoNotBlockARoom()
    {
        var ev = Conference();
        var unscheduled = Accepted(ev, "Floating", 60, "Ana Lima");
        var declined = EventSession.Propose(ev, new SessionDetails("Declined talk", null, SessionFormat.Panel, null, ["Ana Lima"], null, 60, null),
            "Dee", "dee@example.org", null, At).WithId(_nextId++);
        declined.Accept(Staff, At);
        Scheduling.Schedule(ev, declined, 11, 21, []);
        declined.Unschedule();
        declined.Decline("Not this year", Staff, At);
        var session = Accepted(ev, "Local development", 60, "Ana Lima");

        Scheduling.Schedule(ev, session, 11, 21, [unscheduled, declined]);

        Assert.That(session.IsScheduled, Is.True);
    }

    [Test]
    public void OnlyAnAcceptedSessionCanBeScheduled()
    {
        var ev = Conference();
        var proposal = EventSession.Propose(ev, new SessionDetails("Maybe", null, SessionFormat.Workshop, null, [], null, 60, null), "Dee", "dee@example.org", null, At)
            .WithId(_nextId++);

        Assert.Throws<DomainRuleException>(() => Scheduling.Schedule(ev, proposal, 11, 21, []));
    }
}
