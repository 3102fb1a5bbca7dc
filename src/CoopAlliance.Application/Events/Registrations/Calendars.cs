using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>An iCalendar file: its name and its text.</summary>
public sealed record CalendarFile(string FileName, string Content);

/// <summary>The iCalendar feed of a public, published event: the event and every scheduled session (no sign-in).</summary>
[PublicRequest]
public sealed record GetEventCalendar(int EventId) : IRequest<CalendarFile>;

/// <summary>A registrant's own iCalendar: the event and the workshops they hold a place in (by their link's secret).</summary>
[PublicRequest]
public sealed record GetRegistrantCalendar(string Token) : IRequest<CalendarFile>;

public sealed class CalendarHandlers(IAppDbContext db, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<GetEventCalendar, CalendarFile>, IRequestHandler<GetRegistrantCalendar, CalendarFile>
{
    public async Task<CalendarFile> Handle(GetEventCalendar request, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Rooms)
                     .FirstOrDefaultAsync(e => e.Id == request.EventId && e.IsPublic && e.Status == EventStatus.Published, cancellationToken)
                 ?? throw new NotFoundException("Event", request.EventId);
        var sessions = await db.EventSessions.AsNoTracking()
            .Where(s => s.EventId == ev.Id && s.Status == SessionStatus.Accepted && s.StartsAt != null).ToListAsync(cancellationToken);
        return File(ev, sessions);
    }

    public async Task<CalendarFile> Handle(GetRegistrantCalendar request, CancellationToken cancellationToken)
    {
        var r = await RegistrationLinks.FindAsync(db, request.Token, cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Rooms).FirstAsync(e => e.Id == r.EventId, cancellationToken);
        var held = db.SessionSignups.Where(s => s.RegistrationId == r.Id && (s.Status == PlaceStatus.Confirmed || s.Status == PlaceStatus.Offered))
            .Select(s => s.SessionId);
        var sessions = await db.EventSessions.AsNoTracking()
            .Where(s => held.Contains(s.Id) && s.Status == SessionStatus.Accepted && s.StartsAt != null).ToListAsync(cancellationToken);
        return File(ev, sessions);
    }

    private CalendarFile File(Event ev, IEnumerable<EventSession> sessions)
    {
        var rooms = ev.Rooms.ToDictionary(r => r.Id, r => r.Name);
        var entries = sessions.Select(s => new CalendarSession(s.Id, s.Title, s.StartsAt!.Value, s.EndsAt!.Value,
            s.RoomId is { } room ? rooms.GetValueOrDefault(room) : null, s.Description));
        return new CalendarFile(EventCalendar.FileName(ev), EventCalendar.Build(ev, entries, clock.Zone.Id, app.Value.PublicBaseUrl, app.Value.AllianceName));
    }
}
