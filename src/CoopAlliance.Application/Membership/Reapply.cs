using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Membership;

/// <summary>Withdrawn or declined → applicant again; the earlier history is kept.</summary>
[Authorize(Roles.Staff)]
public sealed record Reapply(int CoopId, string? Note) : IMembershipTransition
{
    public void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at) => coop.Reapply(by, at, Note);
}

public sealed class ReapplyValidator : AbstractValidator<Reapply>
{
    public ReapplyValidator()
    {
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class ReapplyHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : MembershipTransitionHandler<Reapply>(db, user, clock);
