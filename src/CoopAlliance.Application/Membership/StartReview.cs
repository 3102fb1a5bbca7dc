using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Membership;

/// <summary>Applicant → under review.</summary>
[Authorize(Roles.Staff)]
public sealed record StartReview(int CoopId, string? Note) : IMembershipTransition
{
    public void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at) => coop.StartReview(by, at, Note);
}

public sealed class StartReviewValidator : AbstractValidator<StartReview>
{
    public StartReviewValidator()
    {
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class StartReviewHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : MembershipTransitionHandler<StartReview>(db, user, clock);
