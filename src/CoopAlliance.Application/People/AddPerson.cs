using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.People;

/// <summary>Add a contact or worker to a co-op's roster (staff, or the co-op's own rep).</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record AddPerson : ICommand<int>, IPersonInput
{
    public int CoopId { get; init; }
    public string FullName { get; init; } = "";
    public string? Role { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public bool IsWorkerOwner { get; init; }
    public DateOnly? StartedOn { get; init; }
    public bool IsPrimaryContact { get; init; }
}

public sealed class AddPersonValidator : AbstractValidator<AddPerson>
{
    public AddPersonValidator(AllianceClock clock) => Include(new PersonRules(clock));
}

public sealed class AddPersonHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<AddPerson, int>
{
    public async Task<int> Handle(AddPerson request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.Include(c => c.People), request.CoopId, cancellationToken);
        var person = coop.AddPerson(request.ToDetails());
        await db.SaveChangesAsync(cancellationToken); // the new id is the answer
        return person.Id;
    }
}
