using CoopAlliance.Application.Events.Registrations;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using IcalCalendar = Ical.Net.Calendar;

namespace CoopAlliance.Application.Tests.Events;

/// <summary>The iCalendar written by Ical.Net, parsed back by it and checked field by field, across New York's spring-forward night.</summary>
public sealed class EventCalendarTests
{
    private const string Zone = "America/New_York";

    private static Event SpringForwardEvent() =>
        new(new EventDetails("Night Owls Assembly", "Through the clock change", null, new DateTime(2027, 3, 14, 1, 0, 0), new DateTime(2027, 3, 14, 5, 0, 0),
            "Worcester Labor Hall", "12 Main St", "Worcester", null, true, null, 5, TrackerVisibility.Public, []), Actor.System, DateTimeOffset.UnixEpoch);

    [Test]
    public void SessionsAcrossTheDaylightSavingChangeKeepTheirWallClockTimesAndTheRightInstants()
    {
        var ev = SpringForwardEvent();
        var ics = EventCalendar.Build(ev,
            [
                new CalendarSession(7, "Before the change", new DateTime(2027, 3, 14, 1, 30, 0), new DateTime(2027, 3, 14, 1, 55, 0), "Room A", null),
                new CalendarSession(8, "After the change", new DateTime(2027, 3, 14, 3, 30, 0), new DateTime(2027, 3, 14, 4, 30, 0), null, "Bring a friend"),
            ], Zone, "https://alliance.example.coop/", "Valley Alliance");

        var calendar = IcalCalendar.Load(ics)!;
        var events = calendar.Events.ToList();
        var before = events.Single(e => e.Summary == "Before the change");
        var after = events.Single(e => e.Summary == "After the change");
        var whole = events.Single(e => e.Summary == "Night Owls Assembly");

        Assert.Multiple(() =>
        {
            Assert.That(ics, Does.Contain("BEGIN:VTIMEZONE").And.Contain($"TZID:{Zone}"));
            Assert.That(ics, Does.Contain($"DTSTART;TZID={Zone}:20270314T013000"));
            Assert.That(ics, Does.Contain($"DTSTART;TZID={Zone}:20270314T033000"));
            Assert.That(calendar.TimeZones.Select(t => t.TzId), Is.EqualTo(new[] { Zone }));
            Assert.That(whole.Uid, Is.EqualTo("event-0@alliance.example.coop"));
            Assert.That(before.Uid, Is.EqualTo("event-session-7@alliance.example.coop"));
            Assert.That(whole.Location, Is.EqualTo("Worcester Labor Hall, 12 Main St, Worcester"));
            Assert.That(before.Location, Is.EqualTo("Room A, Worcester Labor Hall, 12 Main St, Worcester"));
            Assert.That(after.Description, Is.EqualTo("Bring a friend"));
            Assert.That(before.Start!.TzId, Is.EqualTo(Zone));
            Assert.That(before.Start.Value, Is.EqualTo(new DateTime(2027, 3, 14, 1, 30, 0)));
            Assert.That(before.Start.AsUtc, Is.EqualTo(new DateTime(2027, 3, 14, 6, 30, 0, DateTimeKind.Utc)), "EST, UTC-5");
            Assert.That(after.Start!.AsUtc, Is.EqualTo(new DateTime(2027, 3, 14, 7, 30, 0, DateTimeKind.Utc)), "EDT, UTC-4");
            Assert.That(after.End!.AsUtc, Is.EqualTo(new DateTime(2027, 3, 14, 8, 30, 0, DateTimeKind.Utc)));
            Assert.That(whole.Start!.AsUtc, Is.EqualTo(new DateTime(2027, 3, 14, 6, 0, 0, DateTimeKind.Utc)));
            Assert.That(whole.End!.AsUtc, Is.EqualTo(new DateTime(2027, 3, 14, 9, 0, 0, DateTimeKind.Utc)));
        });
    }
}
