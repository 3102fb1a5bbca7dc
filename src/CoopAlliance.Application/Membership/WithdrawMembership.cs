using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Membership;

/// <summary>Any status → withdrawn, with the reason and the date it takes effect.</summary>
[Authorize(Roles.Staff)]
public sealed record WithdrawMembership(int CoopId, string Reason, DateOnly EffectiveOn) : IMembershipTransition
{
    public void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at) => coop.Withdraw(Reason, EffectiveOn, by, at);
}

public sealed class WithdrawMembershipValidator : AbstractValidator<WithdrawMembership>
{
    public WithdrawMembershipValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason; it is kept in the co-op's history.").MaximumLength(1000);
        RuleFor(x => x.EffectiveOn).NotEmpty().WithMessage("Enter the date the withdrawal takes effect.");
    }
}

public sealed class WithdrawMembershipHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : MembershipTransitionHandler<WithdrawMembership>(db, user, clock);
