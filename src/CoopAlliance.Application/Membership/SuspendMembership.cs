using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Membership;

/// <summary>Active or lapsed → suspended.</summary>
[Authorize(Roles.Staff)]
public sealed record SuspendMembership(int CoopId, string Reason) : IMembershipTransition
{
    public void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at) => coop.Suspend(Reason, by, at);
}

public sealed class SuspendMembershipValidator : AbstractValidator<SuspendMembership>
{
    public SuspendMembershipValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason; it is kept in the co-op's history.").MaximumLength(1000);
    }
}

public sealed class SuspendMembershipHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : MembershipTransitionHandler<SuspendMembership>(db, user, clock);
