using CoopAlliance.Domain.Events;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>One entry of a calendar: a session of the programme, in the alliance's wall-clock time.</summary>
public sealed record CalendarSession(int Id, string Title, DateTime StartsAt, DateTime EndsAt, string? Room, string? Description);

/// <summary>
/// The iCalendar (RFC 5545) of an event — the event itself and the sessions given — written by Ical.Net. Times are the
/// event's wall-clock times qualified by the alliance's zone (TZID) with its VTIMEZONE, so calendars place 1:30 on the
/// day of a daylight-saving change where it belongs. UIDs are stable, so a second download updates rather than adds.
/// </summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar";

    public static string EventUid(int eventId, string host) => $"event-{eventId}@{host}";

    public static string SessionUid(int sessionId, string host) => $"event-session-{sessionId}@{host}";

    public static string Build(Event ev, IEnumerable<CalendarSession> sessions, string zoneId, string publicBaseUrl, string allianceName)
    {
        var baseUrl = publicBaseUrl.TrimEnd('/');
        var host = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : "coopalliance";
        var calendar = new IcalCalendar { ProductId = $"-//{allianceName}//Events//EN" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId));
        var location = Location(ev);
        var link = new Uri($"{baseUrl}/events/{ev.Id}/{ev.Slug}");
        calendar.Events.Add(new CalendarEvent
        {
            Uid = EventUid(ev.Id, host),
            Summary = ev.Title,
            Description = ev.Summary ?? ev.Description,
            Location = location,
            Start = new CalDateTime(ev.StartsAt, zoneId),
            End = new CalDateTime(ev.EndsAt, zoneId),
            Url = link,
        });
        foreach (var s in sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = SessionUid(s.Id, host),
                Summary = s.Title,
                Description = s.Description,
                Location = s.Room is null ? location : $"{s.Room}, {location}",
                Start = new CalDateTime(s.StartsAt, zoneId),
                End = new CalDateTime(s.EndsAt, zoneId),
                Url = link,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static string Location(Event ev) =>
        string.Join(", ", new[] { ev.VenueName, ev.VenueAddress, ev.Town }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public static string FileName(Event ev) => $"{(ev.Slug.Length > 0 ? ev.Slug : "event")}.ics";
}
