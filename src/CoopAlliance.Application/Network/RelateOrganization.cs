using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Network;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Network;

/// <summary>Staff record what an allied organisation is to a member co-op (its bank, lender, supplier, customer, developer) and since when.</summary>
[Authorize(Roles.Staff)]
public sealed record RelateOrganization(int OrganizationId, int CooperativeId, RelationshipKind Kind, DateOnly? Since) : ICommand<int>;

public sealed class RelateOrganizationValidator : AbstractValidator<RelateOrganization>
{
    public RelateOrganizationValidator()
    {
        RuleFor(x => x.CooperativeId).GreaterThan(0).WithMessage("Pick a co-op from the list.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose the kind of relationship.");
    }
}

public sealed class RelateOrganizationHandler(IAppDbContext db) : IRequestHandler<RelateOrganization, int>
{
    public async Task<int> Handle(RelateOrganization request, CancellationToken cancellationToken)
    {
        var org = await db.AlliedOrganizations.Include(o => o.Relationships).FirstOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken)
                  ?? throw new NotFoundException("Organization", request.OrganizationId);
        if (!await db.Cooperatives.AnyAsync(c => c.Id == request.CooperativeId, cancellationToken))
        {
            throw new ValidationException(nameof(RelateOrganization.CooperativeId), "Pick a co-op from the list.");
        }

        var relationship = org.Relate(request.CooperativeId, request.Kind, request.Since);
        await db.SaveChangesAsync(cancellationToken);
        return relationship.Id;
    }
}
