using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff remove a ticket type nobody has registered with (422 otherwise).</summary>
[Authorize(Roles.Staff)]
public sealed record RemoveTicketType(int EventId, int TicketTypeId) : ICommand;

public sealed class RemoveTicketTypeHandler(IAppDbContext db) : IRequestHandler<RemoveTicketType, Unit>
{
    public async Task<Unit> Handle(RemoveTicketType request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        if (ev.TicketTypes.All(t => t.Id != request.TicketTypeId))
        {
            throw new NotFoundException("Ticket type", request.TicketTypeId);
        }

        ev.RemoveTicketType(request.TicketTypeId, await db.Registrations.AnyAsync(r => r.TicketTypeId == request.TicketTypeId, cancellationToken));
        return Unit.Value;
    }
}
