using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff announce the event: a public one appears on /events and opens registration. It needs a ticket type first (422).</summary>
[Authorize(Roles.Staff)]
public sealed record PublishEvent(int Id) : ICommand;

public sealed class PublishEventHandler(IAppDbContext db) : IRequestHandler<PublishEvent, Unit>
{
    public async Task<Unit> Handle(PublishEvent request, CancellationToken cancellationToken)
    {
        (await EventData.LoadAsync(db, request.Id, cancellationToken)).Publish();
        return Unit.Value;
    }
}
