using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Membership;

/// <summary>Active → lapsed (e.g. dues unpaid past the grace period).</summary>
[Authorize(Roles.Staff)]
public sealed record LapseMembership(int CoopId, string Reason) : IMembershipTransition
{
    public void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at) => coop.Lapse(Reason, by, at);
}

public sealed class LapseMembershipValidator : AbstractValidator<LapseMembership>
{
    public LapseMembershipValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason; it is kept in the co-op's history.").MaximumLength(1000);
    }
}

public sealed class LapseMembershipHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : MembershipTransitionHandler<LapseMembership>(db, user, clock);
