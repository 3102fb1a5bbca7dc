using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;

namespace CoopAlliance.Domain.Tests.Events;

/// <summary>An event's own rules: its slots fall within it, its capacity never drops below the places held, it is published only with a ticket.</summary>
public sealed class EventRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Nine = new(2027, 7, 23, 9, 0, 0);

    private static EventDetails Details(int? capacity = 100, DateTime? starts = null, DateTime? ends = null) =>
        new("Green Solidarity Economy", null, null, starts ?? Nine, ends ?? Nine.AddHours(12), "Worcester State", null, "Worcester", null, true, capacity, 5,
            TrackerVisibility.Public, [30, 60, 90]);

    private static Event NewEvent(int? capacity = 100) => new Event(Details(capacity), new Actor(1, "Sam Staff"), At).WithId(1);

    [Test]
    public void ATimeSlotMustFallWithinTheEvent()
    {
        var ev = NewEvent();

        Assert.Throws<DomainRuleException>(() => ev.AddSlot(Nine.AddHours(-1), Nine.AddHours(1), "Too early"));
        Assert.Throws<DomainRuleException>(() => ev.AddSlot(Nine.AddHours(11), Nine.AddHours(13), "Too late"));
        Assert.Throws<DomainRuleException>(() => ev.AddSlot(Nine.AddHours(2), Nine.AddHours(2), "Empty"));
        Assert.That(ev.AddSlot(Nine, Nine.AddHours(12), "The whole day").Minutes, Is.EqualTo(720));
    }

    [Test]
    public void NewDatesCannotLeaveATimeSlotOutside()
    {
        var ev = NewEvent();
        ev.AddSlot(Nine.AddHours(10), Nine.AddHours(11), "Evening");

        Assert.Throws<DomainRuleException>(() => ev.Edit(Details(ends: Nine.AddHours(8))));
        Assert.That(ev.EndsAt, Is.EqualTo(Nine.AddHours(12)));
    }

    [Test]
    public void TheCapacityCannotDropBelowThePlacesAlreadyHeld()
    {
        var ev = NewEvent(capacity: 3);
        ev.Hold();
        ev.Hold();

        var ex = Assert.Throws<DomainRuleException>(() => ev.Edit(Details(capacity: 1)));
        Assert.That(ex!.Message, Does.Contain("2 places"));

        ev.Edit(Details(capacity: 2));
        Assert.That(ev.Capacity, Is.EqualTo(2));
    }

    [Test]
    public void PublishingNeedsATicketTypeAndACancelledEventStaysCancelled()
    {
        var ev = NewEvent();
        Assert.Throws<DomainRuleException>(ev.Publish);
        Assert.That(ev.Status, Is.EqualTo(EventStatus.Planning));

        ev.AddTicketType(TicketKind.Community, "Community", 20m, null);
        ev.Publish();
        Assert.That(ev.Status, Is.EqualTo(EventStatus.Published));

        ev.Cancel();
        Assert.Throws<DomainRuleException>(ev.Publish);
        Assert.Throws<DomainRuleException>(() => ev.Edit(Details()));
    }

    [Test]
    public void ThemesRoomsAndSlotsInUseCannotBeRemoved()
    {
        var ev = NewEvent();
        var theme = ev.AddTheme("Community empowerment").WithId(5);
        var room = ev.AddRoom("Main hall", 100, null).WithId(6);
        var slot = ev.AddSlot(Nine, Nine.AddHours(1), null).WithId(7);

        Assert.Throws<DomainRuleException>(() => ev.RemoveTheme(theme.Id, inUse: true));
        Assert.Throws<DomainRuleException>(() => ev.RemoveRoom(room.Id, inUse: true));
        Assert.Throws<DomainRuleException>(() => ev.RemoveSlot(slot.Id, inUse: true));
        Assert.Throws<DomainRuleException>(() => ev.AddTheme("community EMPOWERMENT"));

        ev.RemoveTheme(theme.Id, inUse: false);
        ev.RemoveRoom(room.Id, inUse: false);
        ev.RemoveSlot(slot.Id, inUse: false);
        Assert.That((ev.Themes.Count, ev.Rooms.Count, ev.Slots.Count), Is.EqualTo((0, 0, 0)));
    }
}
