using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Network;

/// <summary>
/// Staff: the network as a picture (SVG markup, drawn here so it reads without JavaScript): member co-ops, allied
/// organisations, their trade flows and relationships. Filter by region, and by kind: <see cref="CoopsOnly"/> leaves
/// the organisations out, <see cref="Kind"/> keeps only organisations of that kind (co-ops always shown otherwise).
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetNetworkGraph(Region? Region = null, OrganizationKind? Kind = null, bool CoopsOnly = false) : IRequest<string>;

public sealed class GetNetworkGraphValidator : AbstractValidator<GetNetworkGraph>
{
    public GetNetworkGraphValidator()
    {
        RuleFor(x => x.Region).IsInEnum();
        RuleFor(x => x.Kind).IsInEnum();
    }
}

public sealed class GetNetworkGraphHandler(IAppDbContext db) : IRequestHandler<GetNetworkGraph, string>
{
    public async Task<string> Handle(GetNetworkGraph request, CancellationToken cancellationToken)
    {
        var data = await NetworkSnapshot.LoadAsync(db, request.Region, cancellationToken);
        var orgs = request.CoopsOnly ? [] : data.Organizations.Where(o => request.Kind is null || o.Kind == request.Kind).ToList();
        var nodes = data.Coops.Select(c => new NetworkSvg.Node(NetworkSvg.CoopKey(c.Id), c.Name, true, c.Region, "Member co-op"))
            .Concat(orgs.Select(o => new NetworkSvg.Node(NetworkSvg.OrgKey(o.Id), o.Name, false, o.Region, o.Kind.Describe())))
            .ToList();
        var names = nodes.ToDictionary(n => n.Key, n => n.Name);
        var memberIds = data.Coops.Select(c => c.Id).ToHashSet();
        var orgIds = data.Organizations.Select(o => o.Id).ToHashSet();
        var inside = data.Ties.Where(t => memberIds.Contains(t.CooperativeId) &&
                                          (t.CounterpartCoopId is { } c ? memberIds.Contains(c) : orgIds.Contains(t.CounterpartOrganizationId!.Value)));
        var edges = new List<NetworkSvg.Edge>();
        foreach (var f in NetworkFigures.Flows(inside))
        {
            var from = f.SellerIsCoop ? NetworkSvg.CoopKey(f.SellerId) : NetworkSvg.OrgKey(f.SellerId);
            var to = f.BuyerIsCoop ? NetworkSvg.CoopKey(f.BuyerId) : NetworkSvg.OrgKey(f.BuyerId);
            if (names.ContainsKey(from) && names.ContainsKey(to))
            {
                var amount = f.Amount is { } a ? $" (about {Domain.Dues.Money.Format(a)} a year)" : "";
                edges.Add(new NetworkSvg.Edge(from, to, false, $"{names[from]} sells {f.What} to {names[to]}{amount}"));
            }
        }

        foreach (var r in data.Relationships)
        {
            var from = NetworkSvg.OrgKey(r.OrganizationId);
            var to = NetworkSvg.CoopKey(r.CooperativeId);
            if (names.ContainsKey(from) && names.ContainsKey(to))
            {
                edges.Add(new NetworkSvg.Edge(from, to, true, $"{names[from]}: {r.Kind.Describe().ToLowerInvariant()} of {names[to]}"));
            }
        }

        var title = request.Region is { } region ? $"The alliance's network in {region.Describe()}" : "The alliance's network";
        return NetworkSvg.Render(title, nodes, edges);
    }
}
