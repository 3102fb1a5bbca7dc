using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Governance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Governance;

/// <summary>A co-op names its voting delegate and an alternate from its roster (its rep, or staff).</summary>
[AnySignedInUser]
public sealed record SetDelegate(int CoopId, int PersonId, int? AlternatePersonId, int? Version) : ICommand;

public sealed class SetDelegateValidator : AbstractValidator<SetDelegate>
{
    public SetDelegateValidator() => RuleFor(x => x.PersonId).GreaterThan(0).WithMessage("Choose the delegate from the roster.");
}

public sealed class SetDelegateHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<SetDelegate, Unit>
{
    public async Task<Unit> Handle(SetDelegate request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var people = await db.People.Where(p => p.CooperativeId == coop.Id && (p.Id == request.PersonId || p.Id == request.AlternatePersonId)).ToListAsync(cancellationToken);
        var person = people.FirstOrDefault(p => p.Id == request.PersonId) ?? throw new ValidationException(nameof(request.PersonId), "Choose the delegate from the roster.");
        var alternate = request.AlternatePersonId is { } a
            ? people.FirstOrDefault(p => p.Id == a) ?? throw new ValidationException(nameof(request.AlternatePersonId), "Choose the alternate from the roster.")
            : null;
        var by = user.AsActor();
        var existing = await db.Delegates.FirstOrDefaultAsync(d => d.CooperativeId == coop.Id, cancellationToken);
        if (existing is null)
        {
            db.Delegates.Add(CoopDelegate.Name(coop.Id, person, alternate, by, clock.GetUtcNow()));
        }
        else
        {
            if (request.Version is { } v)
            {
                db.ExpectVersion(existing, v);
            }

            existing.Change(person, alternate, by, clock.GetUtcNow());
        }

        return Unit.Value;
    }
}

/// <summary>A co-op's delegate and alternate (staff or its rep), or null when none is named.</summary>
[AnySignedInUser]
public sealed record GetDelegate(int CoopId) : IRequest<DelegateDto?>;

public sealed class GetDelegateHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<GetDelegate, DelegateDto?>
{
    public async Task<DelegateDto?> Handle(GetDelegate request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        return await (from d in db.Delegates.AsNoTracking()
                      where d.CooperativeId == coop.Id
                      join p in db.People on d.PersonId equals p.Id
                      join a in db.People on d.AlternatePersonId equals a.Id into alts
                      from a in alts.DefaultIfEmpty()
                      select new DelegateDto(d.CooperativeId, d.PersonId, p.FullName, d.AlternatePersonId, a == null ? null : a.FullName, d.NamedAt, d.NamedBy, d.Version))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
