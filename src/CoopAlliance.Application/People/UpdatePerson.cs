using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.People;

[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record UpdatePerson : ICommand, IPersonInput
{
    public int CoopId { get; init; }
    public int PersonId { get; init; }
    public int Version { get; init; }
    public string FullName { get; init; } = "";
    public string? Role { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public bool IsWorkerOwner { get; init; }
    public DateOnly? StartedOn { get; init; }
    public bool IsPrimaryContact { get; init; }
}

public sealed class UpdatePersonValidator : AbstractValidator<UpdatePerson>
{
    public UpdatePersonValidator(AllianceClock clock) => Include(new PersonRules(clock));
}

public sealed class UpdatePersonHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<UpdatePerson, Unit>
{
    public async Task<Unit> Handle(UpdatePerson request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.Include(c => c.People), request.CoopId, cancellationToken);
        var person = coop.People.FirstOrDefault(p => p.Id == request.PersonId) ?? throw new NotFoundException("Person", request.PersonId);
        db.ExpectVersion(person, request.Version);
        coop.UpdatePerson(person, request.ToDetails());
        return Unit.Value;
    }
}
