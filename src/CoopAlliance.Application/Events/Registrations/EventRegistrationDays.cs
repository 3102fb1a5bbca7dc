using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Registrations;

public sealed record EventRemindersResult(int Events, int Reminded);

/// <summary>
/// Daily: <see cref="EventOptions.ReminderDaysBefore"/> days before an event (and until it starts), each person with a
/// confirmed place gets one reminder. Once each: the registration records it (<see cref="Registration.MarkReminderSent"/>)
/// under its version, so a second run or node finds it sent, or fails its save and rolls back.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SendEventReminders(DateOnly Today) : ICommand<EventRemindersResult>
{
    public const string JobName = "event-reminders";
}

/// <summary>
/// Daily: <see cref="EventOptions.NeedsRetentionDays"/> days after an event's last day, every registration's accessibility,
/// interpretation and dietary needs are erased and the event records when. Idempotent: erasing twice changes nothing.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record EraseEventNeeds(DateOnly Today) : ICommand<int>
{
    public const string JobName = "event-needs-erasure";
}

public sealed class EventRegistrationDayHandlers(IAppDbContext db, AllianceClock clock, IOptions<EventOptions> options, IOptions<AppOptions> app)
    : IRequestHandler<SendEventReminders, EventRemindersResult>, IRequestHandler<EraseEventNeeds, int>
{
    public async Task<EventRemindersResult> Handle(SendEventReminders request, CancellationToken cancellationToken)
    {
        var localNow = clock.Now.DateTime;
        var horizon = request.Today.AddDays(options.Value.ReminderDaysBefore + 1).ToDateTime(TimeOnly.MinValue);
        var events = await db.Events.Where(e => e.Status == EventStatus.Published && e.StartsAt > localNow && e.StartsAt < horizon).ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var ev in events)
        {
            var due = await db.Registrations.Where(r => r.EventId == ev.Id && r.Status == PlaceStatus.Confirmed && r.ReminderSentAt == null).ToListAsync(cancellationToken);
            foreach (var r in due)
            {
                db.OutboxMessages.Add(RegistrationEmails.Reminder(ev, r, app.Value, clock.UtcNow));
                r.MarkReminderSent(clock.UtcNow);
                reminded++;
            }
        }

        return new EventRemindersResult(events.Count, reminded);
    }

    public async Task<int> Handle(EraseEventNeeds request, CancellationToken cancellationToken)
    {
        var lastDayBefore = request.Today.AddDays(-options.Value.NeedsRetentionDays).ToDateTime(TimeOnly.MinValue).AddDays(1);
        var events = await db.Events.Where(e => e.NeedsErasedAt == null && e.EndsAt < lastDayBefore).ToListAsync(cancellationToken);
        var erased = 0;
        foreach (var ev in events)
        {
            var withNeeds = await db.Registrations
                .Where(r => r.EventId == ev.Id && (r.AccessibilityNeeds != null || r.InterpretationLanguage != null || r.DietaryNeeds != null))
                .ToListAsync(cancellationToken);
            foreach (var r in withNeeds)
            {
                r.EraseNeeds();
                erased++;
            }

            ev.MarkNeedsErased(clock.UtcNow);
        }

        return erased;
    }
}
