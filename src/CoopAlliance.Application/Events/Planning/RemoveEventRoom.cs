using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff remove a room no session is scheduled in (422 otherwise).</summary>
[Authorize(Roles.Staff)]
public sealed record RemoveEventRoom(int EventId, int RoomId) : ICommand;

public sealed class RemoveEventRoomHandler(IAppDbContext db) : IRequestHandler<RemoveEventRoom, Unit>
{
    public async Task<Unit> Handle(RemoveEventRoom request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        if (ev.Rooms.All(r => r.Id != request.RoomId))
        {
            throw new NotFoundException("Room", request.RoomId);
        }

        ev.RemoveRoom(request.RoomId, await db.EventSessions.AnyAsync(s => s.RoomId == request.RoomId, cancellationToken));
        return Unit.Value;
    }
}
