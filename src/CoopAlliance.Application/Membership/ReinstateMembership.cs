using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Membership;

/// <summary>Lapsed or suspended → active.</summary>
[Authorize(Roles.Staff)]
public sealed record ReinstateMembership(int CoopId, string Reason) : IMembershipTransition
{
    public void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at) => coop.Reinstate(Reason, by, at);
}

public sealed class ReinstateMembershipValidator : AbstractValidator<ReinstateMembership>
{
    public ReinstateMembershipValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason; it is kept in the co-op's history.").MaximumLength(1000);
    }
}

public sealed class ReinstateMembershipHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : MembershipTransitionHandler<ReinstateMembership>(db, user, clock);
