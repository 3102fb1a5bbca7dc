using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Membership;

/// <summary>Under review → active, after the board's vote.</summary>
[Authorize(Roles.Staff)]
public sealed record ApproveApplication(int CoopId, DateOnly BoardVoteOn, string? Note) : IMembershipTransition
{
    public void ApplyTo(Cooperative coop, Actor by, DateTimeOffset at) => coop.Approve(BoardVoteOn, by, at, Note);
}

public sealed class ApproveApplicationValidator : AbstractValidator<ApproveApplication>
{
    public ApproveApplicationValidator()
    {
        RuleFor(x => x.BoardVoteOn).NotEmpty().WithMessage("Enter the date of the board vote.");
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class ApproveApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : MembershipTransitionHandler<ApproveApplication>(db, user, clock);
