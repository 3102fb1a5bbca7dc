using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.People;

/// <summary>Take someone off a co-op's roster (the UI asks for confirmation first).</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record RemovePerson(int CoopId, int PersonId) : ICommand;

public sealed class RemovePersonHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<RemovePerson, Unit>
{
    public async Task<Unit> Handle(RemovePerson request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.Include(c => c.People), request.CoopId, cancellationToken);
        var person = coop.People.FirstOrDefault(p => p.Id == request.PersonId) ?? throw new NotFoundException("Person", request.PersonId);
        coop.RemovePerson(person);
        db.People.Remove(person);
        return Unit.Value;
    }
}
