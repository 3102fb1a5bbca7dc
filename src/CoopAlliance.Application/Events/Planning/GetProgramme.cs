using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>The public programme of a published public event: accepted, scheduled sessions by slot and room (no contacts, no needs).</summary>
[PublicRequest]
public sealed record GetProgramme(int EventId) : IRequest<Programme>;

public sealed class GetProgrammeHandler(IAppDbContext db) : IRequestHandler<GetProgramme, Programme>
{
    public async Task<Programme> Handle(GetProgramme request, CancellationToken cancellationToken) =>
        await EventData.ProgrammeAsync(db, await EventData.LoadPublicAsync(db, request.EventId, cancellationToken), cancellationToken);
}
