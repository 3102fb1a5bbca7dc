using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>
/// Staff put an accepted session into a room and time slot. Refused (422) when the room is taken then, a presenter is in
/// another session then, the session is longer than the slot, or it takes more places than the room seats. The event row is
/// touched so two schedulings of the same event at once cannot both pass the clash check (the later one gets 409).
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ScheduleSession(int EventId, int SessionId, int RoomId, int SlotId) : ICommand;

public sealed class ScheduleSessionHandler(IAppDbContext db) : IRequestHandler<ScheduleSession, Unit>
{
    public async Task<Unit> Handle(ScheduleSession request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        var session = await EventData.LoadSessionAsync(db, request.EventId, request.SessionId, cancellationToken);
        var others = await db.EventSessions.AsNoTracking()
            .Where(s => s.EventId == ev.Id && s.Id != session.Id && s.StartsAt != null && s.Status == SessionStatus.Accepted)
            .ToListAsync(cancellationToken);
        Scheduling.Schedule(ev, session, request.RoomId, request.SlotId, others);
        db.Events.Entry(ev).State = EntityState.Modified;
        return Unit.Value;
    }
}
