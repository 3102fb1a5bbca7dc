using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Network;

/// <summary>Staff remove a relationship between an organisation and a co-op.</summary>
[Authorize(Roles.Staff)]
public sealed record UnrelateOrganization(int OrganizationId, int RelationshipId) : ICommand;

public sealed class UnrelateOrganizationHandler(IAppDbContext db) : IRequestHandler<UnrelateOrganization, Unit>
{
    public async Task<Unit> Handle(UnrelateOrganization request, CancellationToken cancellationToken)
    {
        var org = await db.AlliedOrganizations.Include(o => o.Relationships).FirstOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken)
                  ?? throw new NotFoundException("Organization", request.OrganizationId);
        if (org.Relationships.All(r => r.Id != request.RelationshipId))
        {
            throw new NotFoundException("Relationship", request.RelationshipId);
        }

        org.Unrelate(request.RelationshipId);
        return Unit.Value;
    }
}
