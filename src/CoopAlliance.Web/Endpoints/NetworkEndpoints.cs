using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Network;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Query string of the organisation list (strings, so a bad value is a field error, not a binding failure).</summary>
public sealed record OrganizationListQuery(string? Q, string? Kind, string? Region, int? Page, int? PageSize)
{
    public ListOrganizations ToRequest() => new(Q, Api.ParseEnum<OrganizationKind>("kind", Kind), Api.ParseEnum<Region>("region", Region),
        Page ?? 1, PageSize ?? Paging.DefaultPageSize);
}

public sealed record UpdateOrganizationBody(int Version, OrganizationInput Input);
public sealed record RelationshipBody(int CooperativeId, RelationshipKind Kind, DateOnly? Since);
public sealed record TieBody(TieDirection Direction, int? CounterpartCoopId, int? CounterpartOrganizationId, string What, decimal? EstimatedAnnualAmount);

/// <summary>Allied organisations (staff), a co-op's ties inside the network (staff or that co-op's rep), the network's figures and picture (staff).</summary>
public static class NetworkEndpoints
{
    public static void MapNetwork(this RouteGroupBuilder api)
    {
        var network = api.MapGroup("/network").WithTags("Network");

        network.MapGet("/organizations", (IMediator m, [AsParameters] OrganizationListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListOrganizations>().WithName("Network_ListOrganizations")
            .WithSummary("Search (name, offers), filter (kind, region) and page the allied organisations, A–Z (staff). pageSize ≤ 200.");
        network.MapGet("/organizations/export.csv", async (IMediator m, [AsParameters] OrganizationListQuery q, CancellationToken ct) =>
            {
                var r = q.ToRequest();
                var file = await m.Send(new ExportOrganizations(r.Q, r.Kind, r.Region), ct);
                return Results.File(file.Content, "text/csv", file.FileName);
            })
            .Sends<ExportOrganizations>().WithName("Network_ExportOrganizations")
            .WithSummary("The filtered organisation list, all pages, as CSV (staff).");
        network.MapGet("/organizations/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetOrganization(id), ct))
            .Sends<GetOrganization>().WithName("Network_GetOrganization")
            .WithSummary("One allied organisation with its contacts and relationships with member co-ops (staff).");
        network.MapPost("/organizations", async (IMediator m, OrganizationInput body, CancellationToken ct) =>
            {
                var id = await m.Send(new CreateOrganization(body), ct);
                return Results.CreatedAtRoute("Network_GetOrganization", new { id }, await m.Send(new GetOrganization(id), ct));
            })
            .Sends<CreateOrganization>().WithName("Network_CreateOrganization")
            .WithSummary("Add an allied organisation: name, kind, region, offers, website, contacts (staff).");
        network.MapPut("/organizations/{id:int}", async (IMediator m, int id, UpdateOrganizationBody body, CancellationToken ct) =>
            {
                await m.Send(new UpdateOrganization(id, body.Version, body.Input), ct);
                return Results.Ok(await m.Send(new GetOrganization(id), ct));
            })
            .Sends<UpdateOrganization>().WithName("Network_UpdateOrganization")
            .WithSummary("Change an organisation; send the version you read (409 if someone saved since) (staff).");
        network.MapPost("/organizations/{id:int}/relationships", async (IMediator m, int id, RelationshipBody body, CancellationToken ct) =>
            {
                await m.Send(new RelateOrganization(id, body.CooperativeId, body.Kind, body.Since), ct);
                return Results.Created($"/api/v1/network/organizations/{id}", await m.Send(new GetOrganization(id), ct));
            })
            .Sends<RelateOrganization>().WithName("Network_Relate")
            .WithSummary("Record what the organisation is to a member co-op: BankingPartner, Lender, Supplier, Customer or Developer, and since when (staff).");
        network.MapDelete("/organizations/{id:int}/relationships/{relationshipId:int}", async (IMediator m, int id, int relationshipId, CancellationToken ct) =>
            {
                await m.Send(new UnrelateOrganization(id, relationshipId), ct);
                return Results.NoContent();
            })
            .Sends<UnrelateOrganization>().WithName("Network_Unrelate")
            .WithSummary("Remove a relationship (staff).");

        network.MapGet("/summary", (IMediator m, string? region, CancellationToken ct) =>
                m.Send(new GetNetworkSummary(Api.ParseEnum<Region>("region", region)), ct))
            .Sends<GetNetworkSummary>().WithName("Network_Summary")
            .WithSummary("Member co-ops, the share with at least one tie inside the network, the estimated money circulating (a flow recorded by " +
                         "both co-ops counted once), co-ops with no tie yet and whom to introduce them to (staff).");
        network.MapGet("/graph.svg", async (IMediator m, string? region, string? kind, CancellationToken ct) =>
            {
                var coopsOnly = string.Equals(kind, "coops", StringComparison.OrdinalIgnoreCase);
                var svg = await m.Send(new GetNetworkGraph(Api.ParseEnum<Region>("region", region), coopsOnly ? null : Api.ParseEnum<OrganizationKind>("kind", kind), coopsOnly), ct);
                return Results.Text(svg, "image/svg+xml");
            })
            .Sends<GetNetworkGraph>().WithName("Network_Graph")
            .WithSummary("The network as an SVG picture; region filters nodes, kind is 'coops' (co-ops only) or an organisation kind (staff).");

        var ties = api.MapGroup("/coops").WithTags("Network");
        ties.MapGet("/{id:int}/ties", (IMediator m, int id, CancellationToken ct) => m.Send(new ListTies(id), ct))
            .Sends<ListTies>().WithName("Network_ListTies")
            .WithSummary("What the co-op buys from and sells to inside the network (staff, or that co-op's rep).");
        ties.MapPost("/{id:int}/ties", async (IMediator m, int id, TieBody body, CancellationToken ct) =>
            {
                var tieId = await m.Send(new AddTie(id, body.Direction, body.CounterpartCoopId, body.CounterpartOrganizationId, body.What, body.EstimatedAnnualAmount), ct);
                return Results.Created($"/api/v1/coops/{id}/ties", (await m.Send(new ListTies(id), ct)).First(t => t.Id == tieId));
            })
            .Sends<AddTie>().WithName("Network_AddTie")
            .WithSummary("Record a tie: Buys or Sells, a member co-op (counterpartCoopId) or an allied organisation (counterpartOrganizationId), " +
                         "what, about how much a year (staff, or that co-op's rep).");
        ties.MapDelete("/{id:int}/ties/{tieId:int}", async (IMediator m, int id, int tieId, CancellationToken ct) =>
            {
                await m.Send(new RemoveTie(id, tieId), ct);
                return Results.NoContent();
            })
            .Sends<RemoveTie>().WithName("Network_RemoveTie")
            .WithSummary("Remove one of the co-op's ties (staff, or that co-op's rep).");
    }
}
