using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Staff approve a hardship reduction (a percentage, 100 % being a waiver, or an amount off each invoice) for the
/// invoices of periods starting between From and To. Invoices already issued are not changed; issue a credit note
/// for those. Returns its id.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GrantHardship(int CoopId, HardshipKind Kind, decimal Value, DateOnly From, DateOnly To, string Reason) : ICommand<int>;

public sealed class GrantHardshipValidator : AbstractValidator<GrantHardship>
{
    public GrantHardshipValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Value).GreaterThan(0);
        RuleFor(x => x.Value).LessThanOrEqualTo(100).When(x => x.Kind == HardshipKind.Percentage).WithMessage("A percentage is at most 100.");
        // An empty date field arrives as 1 January of year 1: a reduction "from year 1" would quietly cover nothing or everything.
        RuleFor(x => x.From).NotEmpty().WithMessage("Enter the first day the reduction covers.");
        RuleFor(x => x.To).NotEmpty().WithMessage("Enter the last day the reduction covers.")
            .GreaterThanOrEqualTo(x => x.From).WithMessage("The reduction must end on or after the day it starts.");
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
    }
}

public sealed class GrantHardshipHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GrantHardship, int>
{
    public async Task<int> Handle(GrantHardship request, CancellationToken cancellationToken)
    {
        _ = await db.Cooperatives.FirstOrDefaultAsync(c => c.Id == request.CoopId, cancellationToken) ?? throw new NotFoundException("Co-op", request.CoopId);
        var hardship = new HardshipReduction(request.CoopId, request.Kind, request.Value, request.From, request.To, request.Reason, user.AsActor(), clock.GetUtcNow());
        db.HardshipReductions.Add(hardship);
        await db.SaveChangesAsync(cancellationToken);
        return hardship.Id;
    }
}

public sealed record HardshipDto(int Id, int CoopId, HardshipKind Kind, decimal Value, DateOnly From, DateOnly To, string Reason, string ApprovedBy,
    DateTimeOffset ApprovedAt);

/// <summary>A co-op's hardship reductions (staff, or that co-op's rep).</summary>
[AnySignedInUser]
public sealed record ListHardships(int CoopId) : IRequest<IReadOnlyList<HardshipDto>>;

public sealed class ListHardshipsHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ListHardships, IReadOnlyList<HardshipDto>>
{
    public async Task<IReadOnlyList<HardshipDto>> Handle(ListHardships request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.CoopId);
        return await db.HardshipReductions.AsNoTracking().Where(h => h.CooperativeId == request.CoopId).OrderByDescending(h => h.From)
            .Select(h => new HardshipDto(h.Id, h.CooperativeId, h.Kind, h.Value, h.From, h.To, h.Reason, h.ApprovedByName, h.ApprovedAt))
            .ToListAsync(cancellationToken);
    }
}
