using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff call the event off: it leaves the public pages and takes no more registrations or proposals. It cannot be undone.</summary>
[Authorize(Roles.Staff)]
public sealed record CancelEvent(int Id) : ICommand;

public sealed class CancelEventHandler(IAppDbContext db) : IRequestHandler<CancelEvent, Unit>
{
    public async Task<Unit> Handle(CancelEvent request, CancellationToken cancellationToken)
    {
        (await EventData.LoadAsync(db, request.Id, cancellationToken)).Cancel();
        return Unit.Value;
    }
}
