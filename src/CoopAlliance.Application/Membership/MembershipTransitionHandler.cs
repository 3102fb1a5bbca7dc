using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Membership;

/// <summary>A staff decision about a co-op's membership; the rule for each lives on <see cref="Cooperative"/>.</summary>
public interface IMembershipTransition : ICommand
{
    int CoopId { get; }
    void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at);
}

/// <summary>
/// Every transition is handled the same way: load the co-op, let the domain apply (or refuse) the change,
/// which records who, when and why in the membership history. The unit-of-work behaviour saves.
/// </summary>
public abstract class MembershipTransitionHandler<T>(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<T, Unit>
    where T : IMembershipTransition
{
    public async Task<Unit> Handle(T request, CancellationToken cancellationToken)
    {
        var coop = await db.Cooperatives.FirstOrDefaultAsync(c => c.Id == request.CoopId, cancellationToken)
                   ?? throw new NotFoundException("Co-op", request.CoopId);
        request.ApplyTo(coop, user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}
