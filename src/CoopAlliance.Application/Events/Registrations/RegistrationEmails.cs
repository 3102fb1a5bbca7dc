using System.Globalization;
using System.Text;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Operations;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>
/// The emails a registrant receives: the confirmation (with the event as an iCalendar attachment), the waitlist offer
/// and the reminder. Each carries the person's own link (/events/r/{token}); none repeats their needs.
/// </summary>
public static class RegistrationEmails
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string MyPageUrl(AppOptions app, string token) => $"{app.PublicBaseUrl.TrimEnd('/')}/events/r/{token}";

    public static string When(Event ev) => ev.StartsAt.Date == ev.EndsAt.Date
        ? string.Create(Us, $"{ev.StartsAt:dddd, MMMM d, yyyy}, {ev.StartsAt:h:mm tt} to {ev.EndsAt:h:mm tt}")
        : string.Create(Us, $"{ev.StartsAt:dddd, MMMM d, h:mm tt} to {ev.EndsAt:dddd, MMMM d, yyyy, h:mm tt}");

    public static OutboxMessage Confirmation(Event ev, Registration r, string ticketName, AppOptions app, string zoneId)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Dear {r.Name},\n\n");
        if (r.Status == PlaceStatus.Waitlisted)
        {
            body.Append(CultureInfo.InvariantCulture, $"{ev.Title} is full for now, so you are on the waitlist. If a place frees up we will offer it to you by email, and you will have a limited time to accept it.\n\n");
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"You are registered for {ev.Title}.\n\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"When: {When(ev)}\nWhere: {EventCalendar.Location(ev)}\n");
        body.Append(CultureInfo.InvariantCulture, $"Ticket: {ticketName} ({Price(r.Price)})\n");
        body.Append(CultureInfo.InvariantCulture, $"Your code at the door: {r.Code}\n\n");
        body.Append(CultureInfo.InvariantCulture, $"Your registration — sign up for workshops, add the event to your calendar, or cancel if you cannot come:\n{MyPageUrl(app, r.Token)}\n\n");
        body.Append("Keep this email: the link is your way back to your registration.\n\nIn solidarity,\nThe alliance staff");
        var message = new OutboxMessage(r.Email, r.Status == PlaceStatus.Waitlisted ? $"On the waitlist: {ev.Title}" : $"You are registered: {ev.Title}",
            body.ToString(), r.CreatedAt);
        if (r.Status == PlaceStatus.Confirmed)
        {
            var ics = EventCalendar.Build(ev, [], zoneId, app.PublicBaseUrl, app.AllianceName);
            message.Attach(EventCalendar.FileName(ev), EventCalendar.ContentType, Encoding.UTF8.GetBytes(ics));
        }

        return message;
    }

    public static OutboxMessage Offer(Event ev, Registration r, AppOptions app, AllianceTime expires, DateTimeOffset at) =>
        new(r.Email, $"A place has freed up: {ev.Title}",
            $"Dear {r.Name},\n\nA place at {ev.Title} ({When(ev)}) has freed up and it is yours if you want it. " +
            $"Please accept it by {expires.Text}; after that it passes to the next person on the waitlist.\n\n" +
            $"Accept your place here:\n{MyPageUrl(app, r.Token)}\n\nIn solidarity,\nThe alliance staff", at);

    public static OutboxMessage SessionOffer(Event ev, EventSession session, Registration r, AppOptions app, AllianceTime expires, DateTimeOffset at) =>
        new(r.Email, $"A place has freed up: {session.Title}",
            $"Dear {r.Name},\n\nA place in the session \"{session.Title}\" at {ev.Title} has freed up and it is yours if you want it. " +
            $"Please accept it by {expires.Text}; after that it passes to the next person waiting.\n\n" +
            $"Accept it here:\n{MyPageUrl(app, r.Token)}\n\nIn solidarity,\nThe alliance staff", at);

    public static OutboxMessage Reminder(Event ev, Registration r, AppOptions app, DateTimeOffset at) =>
        new(r.Email, $"Coming up: {ev.Title}",
            $"Dear {r.Name},\n\nA reminder that {ev.Title} is coming up.\n\nWhen: {When(ev)}\nWhere: {EventCalendar.Location(ev)}\n" +
            (ev.AccessibilityNotes is null ? "" : $"Access: {ev.AccessibilityNotes}\n") +
            $"Your code at the door: {r.Code}\n\nYour registration and the programme:\n{MyPageUrl(app, r.Token)}\n\n" +
            "If you can no longer come, please cancel there so someone on the waitlist can have your place.\n\nIn solidarity,\nThe alliance staff", at);

    public static string Price(decimal price) => price == 0 ? "free" : price.ToString("C", Us);
}

/// <summary>An instant as the alliance's people read it ("Monday, December 7 at 8:30 PM").</summary>
public sealed record AllianceTime(DateTimeOffset At, string Text)
{
    public static AllianceTime Of(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return new AllianceTime(at, local.ToString("dddd, MMMM d 'at' h:mm tt", CultureInfo.GetCultureInfo("en-US")));
    }
}
