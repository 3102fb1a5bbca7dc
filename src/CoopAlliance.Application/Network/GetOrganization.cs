using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Network;

/// <summary>Staff: one allied organisation with its contacts and its relationships with member co-ops.</summary>
[Authorize(Roles.Staff)]
public sealed record GetOrganization(int Id) : IRequest<OrganizationDto>;

public sealed class GetOrganizationHandler(IAppDbContext db) : IRequestHandler<GetOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(GetOrganization request, CancellationToken cancellationToken)
    {
        var org = await db.AlliedOrganizations.AsNoTracking().Include(o => o.Relationships).FirstOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
                  ?? throw new NotFoundException("Organization", request.Id);
        var coopIds = org.Relationships.Select(r => r.CooperativeId).Distinct().ToList();
        var names = await db.Cooperatives.AsNoTracking().Where(c => coopIds.Contains(c.Id))
            .Select(c => new { c.Id, c.LegalName, c.TradeName }).ToDictionaryAsync(c => c.Id, c => string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName!, cancellationToken);
        var relationships = org.Relationships
            .Select(r => new RelationshipDto(r.Id, r.CooperativeId, names.GetValueOrDefault(r.CooperativeId, ""), r.Kind, r.Since))
            .OrderBy(r => r.CoopName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Kind).ToList();
        return new OrganizationDto(org.Id, org.Name, org.Kind, org.Region, org.Offers, org.Website, org.Contacts, relationships, org.Version);
    }
}
