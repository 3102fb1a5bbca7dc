using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Network;

public sealed record UntiedCoopDto(int Id, string Name, Region Region);

/// <summary>The network's figures (see <see cref="NetworkFigures"/> for the definitions and the de-duplication rule).</summary>
public sealed record NetworkSummaryDto(Region? Region, int MemberCoops, int CoopsWithTies, decimal ShareWithTies, decimal MoneyCirculating, int Flows,
    int Ties, int Organizations, IReadOnlyList<UntiedCoopDto> CoopsWithoutTies, IReadOnlyList<IntroductionSuggestion> Suggestions);

/// <summary>Staff: the "entirely co-operative day" made measurable — who trades inside the network, how much, and who has no tie yet.</summary>
[Authorize(Roles.Staff)]
public sealed record GetNetworkSummary(Region? Region = null) : IRequest<NetworkSummaryDto>;

public sealed class GetNetworkSummaryValidator : AbstractValidator<GetNetworkSummary>
{
    public GetNetworkSummaryValidator() => RuleFor(x => x.Region).IsInEnum();
}

public sealed class GetNetworkSummaryHandler(IAppDbContext db) : IRequestHandler<GetNetworkSummary, NetworkSummaryDto>
{
    public async Task<NetworkSummaryDto> Handle(GetNetworkSummary request, CancellationToken cancellationToken)
    {
        var data = await NetworkSnapshot.LoadAsync(db, request.Region, cancellationToken);
        var figures = NetworkFigures.Compute(data.Coops, data.Organizations, data.Ties);
        return new NetworkSummaryDto(request.Region, figures.MemberCoops, figures.CoopsWithTies, figures.ShareWithTies, figures.MoneyCirculating, figures.Flows,
            figures.FlowList.Sum(f => f.TieIds.Count), data.Organizations.Count,
            figures.CoopsWithoutTies.Select(c => new UntiedCoopDto(c.Id, c.Name, c.Region)).ToList(), figures.Suggestions);
    }
}

/// <summary>The network as the figures and the picture read it: active member co-ops, organisations, ties, relationships (optionally one region's).</summary>
internal sealed record NetworkSnapshot(IReadOnlyList<NetworkCoop> Coops, IReadOnlyList<NetworkOrganization> Organizations, IReadOnlyList<NetworkTie> Ties,
    IReadOnlyList<(int OrganizationId, int CooperativeId, RelationshipKind Kind)> Relationships)
{
    public static async Task<NetworkSnapshot> LoadAsync(IAppDbContext db, Region? region, CancellationToken ct)
    {
        var coops = await NetworkData.Members(db).Where(c => region == null || c.Region == region)
            .Select(c => new { c.Id, c.LegalName, c.TradeName, c.Region, c.Sector }).ToListAsync(ct);
        var orgs = await db.AlliedOrganizations.AsNoTracking().Where(o => region == null || o.Region == region)
            .Select(o => new NetworkOrganization(o.Id, o.Name, o.Kind, o.Region, o.Offers)).ToListAsync(ct);
        var ties = await db.Ties.AsNoTracking()
            .Select(t => new NetworkTie(t.Id, t.CooperativeId, t.Direction, t.CounterpartCoopId, t.CounterpartOrganizationId, t.What, t.EstimatedAnnualAmount))
            .ToListAsync(ct);
        var relationships = await db.OrganizationRelationships.AsNoTracking().Select(r => new { r.AlliedOrganizationId, r.CooperativeId, r.Kind }).ToListAsync(ct);
        return new NetworkSnapshot(
            coops.Select(c => new NetworkCoop(c.Id, string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName!, c.Region, c.Sector)).ToList(),
            orgs, ties, relationships.Select(r => (r.AlliedOrganizationId, r.CooperativeId, r.Kind)).ToList());
    }
}
