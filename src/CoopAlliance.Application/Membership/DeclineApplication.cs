using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Membership;

/// <summary>Applicant or under review → declined, with the reason.</summary>
[Authorize(Roles.Staff)]
public sealed record DeclineApplication(int CoopId, string Reason) : IMembershipTransition
{
    public void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at) => coop.Decline(Reason, by, at);
}

public sealed class DeclineApplicationValidator : AbstractValidator<DeclineApplication>
{
    public DeclineApplicationValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason; it is kept in the co-op's history.").MaximumLength(1000);
    }
}

public sealed class DeclineApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : MembershipTransitionHandler<DeclineApplication>(db, user, clock);
