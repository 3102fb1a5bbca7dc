using System.Globalization;
using System.Text;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Common;
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

    private static bool English => AppCulture.Current == Languages.English;

    public static string MyPageUrl(AppOptions app, string token) => $"{app.PublicBaseUrl.TrimEnd('/')}/events/r/{token}";

    /// <summary>When the event is, in the current language ("Saturday, December 5, 2026, 3:30 PM to 5:00 PM").</summary>
    public static string When(Event ev)
    {
        if (English)
        {
            return ev.StartsAt.Date == ev.EndsAt.Date
                ? string.Create(Us, $"{ev.StartsAt:dddd, MMMM d, yyyy}, {ev.StartsAt:h:mm tt} to {ev.EndsAt:h:mm tt}")
                : string.Create(Us, $"{ev.StartsAt:dddd, MMMM d, h:mm tt} to {ev.EndsAt:dddd, MMMM d, yyyy, h:mm tt}");
        }

        var (startDay, endDay) = (DateOnly.FromDateTime(ev.StartsAt), DateOnly.FromDateTime(ev.EndsAt));
        var (start, end) = (Formats.Time(TimeOnly.FromDateTime(ev.StartsAt)), Formats.Time(TimeOnly.FromDateTime(ev.EndsAt)));
        return startDay == endDay
            ? EventTexts.T("{0}, {1} to {2}", Formats.FullDay(startDay), start, end)
            : EventTexts.T("{0}, {1} to {2}, {3}", Formats.FullDay(startDay), start, Formats.FullDay(endDay), end);
    }

    /// <summary>The confirmation, written in the registrant's language (<see cref="Registration.Language"/>).</summary>
    public static OutboxMessage Confirmation(Event ev, Registration r, string ticketName, AppOptions app, string zoneId)
    {
        using var language = AppCulture.Use(r.Language);
        var body = new StringBuilder();
        body.Append(EventTexts.T("Dear {0},", r.Name)).Append("\n\n");
        if (r.Status == PlaceStatus.Waitlisted)
        {
            body.Append(EventTexts.T("{0} is full for now, so you are on the waitlist. If a place frees up we will offer it to you by email, and you will have a limited time to accept it.", ev.Title)).Append("\n\n");
        }
        else
        {
            body.Append(EventTexts.T("You are registered for {0}.", ev.Title)).Append("\n\n");
        }

        body.Append(EventTexts.T("When: {0}", When(ev))).Append('\n').Append(EventTexts.T("Where: {0}", EventCalendar.Location(ev))).Append('\n');
        body.Append(EventTexts.T("Ticket: {0} ({1})", ticketName, Price(r.Price))).Append('\n');
        body.Append(EventTexts.T("Your code at the door: {0}", r.Code)).Append("\n\n");
        body.Append(EventTexts.T("Your registration — sign up for workshops, add the event to your calendar, or cancel if you cannot come:")).Append('\n')
            .Append(MyPageUrl(app, r.Token)).Append("\n\n");
        body.Append(EventTexts.T("Keep this email: the link is your way back to your registration.")).Append("\n\n").Append(SignOff());
        var message = new OutboxMessage(r.Email, r.Status == PlaceStatus.Waitlisted ? EventTexts.T("On the waitlist: {0}", ev.Title) : EventTexts.T("You are registered: {0}", ev.Title),
            body.ToString(), r.CreatedAt);
        if (r.Status == PlaceStatus.Confirmed)
        {
            var ics = EventCalendar.Build(ev, [], zoneId, app.PublicBaseUrl, app.AllianceName);
            message.Attach(EventCalendar.FileName(ev), EventCalendar.ContentType, Encoding.UTF8.GetBytes(ics));
        }

        return message;
    }

    public static OutboxMessage Offer(Event ev, Registration r, AppOptions app, AllianceTime expires, DateTimeOffset at)
    {
        using var language = AppCulture.Use(r.Language);
        return new(r.Email, EventTexts.T("A place has freed up: {0}", ev.Title),
            EventTexts.T("Dear {0},", r.Name) + "\n\n" +
            EventTexts.T("A place at {0} ({1}) has freed up and it is yours if you want it.", ev.Title, When(ev)) + " " +
            EventTexts.T("Please accept it by {0}; after that it passes to the next person on the waitlist.", expires.InCurrentLanguage) + "\n\n" +
            EventTexts.T("Accept your place here:") + $"\n{MyPageUrl(app, r.Token)}\n\n" + SignOff(), at);
    }

    public static OutboxMessage SessionOffer(Event ev, EventSession session, Registration r, AppOptions app, AllianceTime expires, DateTimeOffset at)
    {
        using var language = AppCulture.Use(r.Language);
        return new(r.Email, EventTexts.T("A place has freed up: {0}", session.Title),
            EventTexts.T("Dear {0},", r.Name) + "\n\n" +
            EventTexts.T("A place in the session \"{0}\" at {1} has freed up and it is yours if you want it.", session.Title, ev.Title) + " " +
            EventTexts.T("Please accept it by {0}; after that it passes to the next person waiting.", expires.InCurrentLanguage) + "\n\n" +
            EventTexts.T("Accept it here:") + $"\n{MyPageUrl(app, r.Token)}\n\n" + SignOff(), at);
    }

    public static OutboxMessage Reminder(Event ev, Registration r, AppOptions app, DateTimeOffset at)
    {
        using var language = AppCulture.Use(r.Language);
        return new(r.Email, EventTexts.T("Coming up: {0}", ev.Title),
            EventTexts.T("Dear {0},", r.Name) + "\n\n" + EventTexts.T("A reminder that {0} is coming up.", ev.Title) + "\n\n" +
            EventTexts.T("When: {0}", When(ev)) + "\n" + EventTexts.T("Where: {0}", EventCalendar.Location(ev)) + "\n" +
            (ev.AccessibilityNotes is null ? "" : EventTexts.T("Access: {0}", ev.AccessibilityNotes) + "\n") +
            EventTexts.T("Your code at the door: {0}", r.Code) + "\n\n" + EventTexts.T("Your registration and the programme:") + $"\n{MyPageUrl(app, r.Token)}\n\n" +
            EventTexts.T("If you can no longer come, please cancel there so someone on the waitlist can have your place.") + "\n\n" + SignOff(), at);
    }

    public static string Price(decimal price) => price == 0 ? EventTexts.T("free") : price.ToString("C", Us);

    private static string SignOff() => EventTexts.T("In solidarity,") + "\n" + EventTexts.T("The alliance staff");
}

/// <summary>An instant as the alliance's people read it ("Monday, December 7 at 8:30 PM").</summary>
public sealed record AllianceTime(DateTimeOffset At, string Text)
{
    /// <summary>The instant in the alliance's zone (for writing it in another language than <see cref="Text"/>'s English).</summary>
    public DateTime Local { get; init; }

    /// <summary>"Monday, December 7 at 8:30 PM" / "lunes, 7 de diciembre a las 20:30".</summary>
    public string InCurrentLanguage => AppCulture.Current == Languages.English || Local == default
        ? Text
        : EventTexts.T("{0} at {1}", Formats.WeekdayMonthDay(DateOnly.FromDateTime(Local)), Formats.Time(TimeOnly.FromDateTime(Local)));

    public static AllianceTime Of(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return new AllianceTime(at, local.ToString("dddd, MMMM d 'at' h:mm tt", CultureInfo.GetCultureInfo("en-US"))) { Local = local.DateTime };
    }
}
