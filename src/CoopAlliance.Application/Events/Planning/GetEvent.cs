using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>One event with its themes, rooms, slots and ticket types and how its sessions and registrations stand (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record GetEvent(int Id) : IRequest<EventDetail>;

public sealed class GetEventHandler(IAppDbContext db) : IRequestHandler<GetEvent, EventDetail>
{
    public async Task<EventDetail> Handle(GetEvent request, CancellationToken cancellationToken)
    {
        var e = await EventData.LoadAsync(db, request.Id, cancellationToken, tracked: false);
        var sessions = await db.EventSessions.AsNoTracking().Where(s => s.EventId == e.Id)
            .GroupBy(s => new { s.Status, Scheduled = s.StartsAt != null }).Select(g => new { g.Key.Status, g.Key.Scheduled, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(SessionStatus status) => sessions.Where(s => s.Status == status).Sum(s => s.Count);
        var counts = new EventCounts(Count(SessionStatus.Proposed), Count(SessionStatus.ChangesRequested), Count(SessionStatus.Accepted),
            sessions.Where(s => s.Status == SessionStatus.Accepted && s.Scheduled).Sum(s => s.Count), Count(SessionStatus.Declined),
            await db.Registrations.CountAsync(r => r.EventId == e.Id, cancellationToken),
            await db.EventPartners.CountAsync(p => p.EventId == e.Id, cancellationToken));
        return new EventDetail(e.Id, e.Title, e.Summary, e.Description, e.StartsAt, e.EndsAt, e.VenueName, e.VenueAddress, e.Town, e.AccessibilityNotes,
            e.IsPublic, e.Status, e.Capacity, e.PlacesHeld, e.DotsPerPerson, e.Tracker, e.FollowUpDays, e.CreatedAt, e.CreatedBy, e.Version, e.Slug,
            EventData.Themes(e), EventData.Rooms(e), EventData.Slots(e), EventData.TicketTypes(e), counts);
    }
}
