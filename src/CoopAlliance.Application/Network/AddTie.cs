using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Network;

/// <summary>
/// A rep (or staff) records that their co-op buys from or sells to another member co-op or an allied organisation
/// (exactly one), what, and roughly how much a year. A tie with one's own co-op, or the same tie twice, is refused.
/// </summary>
[AnySignedInUser]
public sealed record AddTie(int CooperativeId, TieDirection Direction, int? CounterpartCoopId, int? CounterpartOrganizationId, string What, decimal? EstimatedAnnualAmount)
    : ICommand<int>;

public sealed class AddTieValidator : AbstractValidator<AddTie>
{
    public AddTieValidator()
    {
        RuleFor(x => x.Direction).IsInEnum().WithMessage("Say whether your co-op buys or sells.");
        RuleFor(x => x.CounterpartCoopId).NotNull().When(x => x.CounterpartOrganizationId is null)
            .WithMessage("Pick a member co-op or an allied organisation.");
        RuleFor(x => x.CounterpartCoopId).Null().When(x => x.CounterpartOrganizationId is not null)
            .WithMessage("Pick a member co-op or an allied organisation, not both.");
        RuleFor(x => x.CounterpartCoopId).NotEqual(x => x.CooperativeId).When(x => x.CounterpartCoopId is not null)
            .WithMessage("A co-op cannot record a tie with itself.");
        RuleFor(x => x.What).NotEmpty().WithMessage("Say what is bought or sold.").MaximumLength(Tie.WhatMaxLength);
        RuleFor(x => x.EstimatedAnnualAmount).GreaterThanOrEqualTo(0).WithMessage("The yearly amount cannot be negative.")
            .LessThan(1_000_000_000m).WithMessage("The yearly amount is too large.");
    }
}

public sealed class AddTieHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddTie, int>
{
    public async Task<int> Handle(AddTie request, CancellationToken cancellationToken)
    {
        await access.GetAsync(db.Cooperatives, request.CooperativeId, cancellationToken);
        if (request.CounterpartCoopId is { } other &&
            !await db.Cooperatives.AnyAsync(c => c.Id == other && c.Status == MembershipStatus.Active, cancellationToken))
        {
            throw new ValidationException(nameof(AddTie.CounterpartCoopId), "Pick a member co-op from the list.");
        }

        if (request.CounterpartOrganizationId is { } org && !await db.AlliedOrganizations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            throw new ValidationException(nameof(AddTie.CounterpartOrganizationId), "Pick an allied organisation from the list.");
        }

        var tie = new Tie(request.CooperativeId, request.Direction, request.CounterpartCoopId, request.CounterpartOrganizationId, request.What,
            request.EstimatedAnnualAmount, user.AsActor(), clock.GetUtcNow());
        var existing = await db.Ties.Where(t => t.CooperativeId == tie.CooperativeId && t.Direction == tie.Direction &&
                                                t.CounterpartCoopId == tie.CounterpartCoopId && t.CounterpartOrganizationId == tie.CounterpartOrganizationId)
            .ToListAsync(cancellationToken);
        if (existing.Any(t => t.SameAs(tie)))
        {
            throw new ValidationException(nameof(AddTie.What), "This tie is already recorded. Remove it first to change it.");
        }

        db.Ties.Add(tie);
        await db.SaveChangesAsync(cancellationToken);
        return tie.Id;
    }
}
