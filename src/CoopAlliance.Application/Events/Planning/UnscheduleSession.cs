using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff take a session off the programme (it stays accepted, ready to be scheduled again).</summary>
[Authorize(Roles.Staff)]
public sealed record UnscheduleSession(int EventId, int SessionId) : ICommand;

public sealed class UnscheduleSessionHandler(IAppDbContext db) : IRequestHandler<UnscheduleSession, Unit>
{
    public async Task<Unit> Handle(UnscheduleSession request, CancellationToken cancellationToken)
    {
        var session = await EventData.LoadSessionAsync(db, request.EventId, request.SessionId, cancellationToken);
        session.Unschedule();
        return Unit.Value;
    }
}
