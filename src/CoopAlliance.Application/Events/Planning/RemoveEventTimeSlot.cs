using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff remove a time slot no session is scheduled in (422 otherwise).</summary>
[Authorize(Roles.Staff)]
public sealed record RemoveEventTimeSlot(int EventId, int SlotId) : ICommand;

public sealed class RemoveEventTimeSlotHandler(IAppDbContext db) : IRequestHandler<RemoveEventTimeSlot, Unit>
{
    public async Task<Unit> Handle(RemoveEventTimeSlot request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        if (ev.Slots.All(s => s.Id != request.SlotId))
        {
            throw new NotFoundException("Time slot", request.SlotId);
        }

        ev.RemoveSlot(request.SlotId, await db.EventSessions.AnyAsync(s => s.SlotId == request.SlotId, cancellationToken));
        return Unit.Value;
    }
}
