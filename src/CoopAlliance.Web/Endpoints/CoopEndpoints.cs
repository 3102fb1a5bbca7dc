using System.Text;
using CoopAlliance.Application.Audit;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Domain.Cooperatives;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Query string of the co-op list (strings, so a bad value is a field error, not a binding failure).</summary>
public sealed record CoopListQuery(string? Q, string? Status, string? Region, string? Kind, string? Sector, string? Sort,
    bool? Desc, int? Page, int? PageSize)
{
    public ListCoops ToRequest() => new()
    {
        Q = Q,
        Status = Api.ParseEnum<MembershipStatus>("status", Status),
        Region = Api.ParseEnum<Region>("region", Region),
        Kind = Api.ParseEnum<CoopKind>("kind", Kind),
        Sector = Sector,
        Sort = Api.ParseEnum<CoopSort>("sort", Sort) ?? CoopSort.Name,
        Descending = Desc ?? false,
        Page = Page ?? 1,
        PageSize = PageSize ?? Paging.DefaultPageSize,
    };
}

public static class CoopEndpoints
{
    public static void MapCoops(this RouteGroupBuilder api)
    {
        var coops = api.MapGroup("/coops").WithTags("Co-ops");

        coops.MapGet("/", (IMediator m, [AsParameters] CoopListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListCoops>().WithName("Coops_List")
            .WithSummary("Search, filter, sort and page co-ops (a rep sees only their own). pageSize ≤ 200.");

        coops.MapGet("/export.csv", async (IMediator m, [AsParameters] CoopListQuery q, CancellationToken ct) =>
                Results.File(Encoding.UTF8.GetBytes(await m.Send(new ExportCoops(q.ToRequest()), ct)),
                    "text/csv", "coops.csv"))
            .Sends<ExportCoops>().WithName("Coops_ExportCsv")
            .WithSummary("The filtered list, all pages, as CSV (staff).");

        coops.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetCoop(id), ct))
            .Sends<GetCoop>().WithName("Coops_Get").WithSummary("One co-op with its people and membership history.");
        coops.MapGet("/{id:int}/export.zip", async (IMediator m, int id, CancellationToken ct) =>
            {
                var file = await m.Send(new ExportCoopData(id), ct);
                return Results.File(file.Content, "application/zip", file.FileName);
            })
            .Sends<ExportCoopData>().WithName("Coops_ExportData")
            .WithSummary("Everything the alliance holds about the co-op as a ZIP of JSON and CSV files with a README (its rep or staff; 404 for anyone else).");

        coops.MapPost("/", async (IMediator m, CreateCoop body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("Coops_Get", new { id }, await m.Send(new GetCoop(id), ct));
            })
            .Sends<CreateCoop>().WithName("Coops_Create")
            .WithSummary("Register a co-op directly (staff).");

        coops.MapPut("/{id:int}", async (IMediator m, int id, UpdateCoop body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetCoop(id), ct));
            })
            .Sends<UpdateCoop>().WithName("Coops_Update")
            .WithSummary("Edit the profile; send the version you read (409 if someone saved since).");

        coops.MapPut("/{id:int}/language", async (IMediator m, int id, LanguageBody body, CancellationToken ct) =>
            {
                await m.Send(new SetCoopLanguage(id, body.Language), ct);
                return Results.NoContent();
            })
            .Sends<SetCoopLanguage>().WithName("Coops_SetLanguage")
            .WithSummary("The language the alliance writes to the co-op in: its emails, statements and documents (en or es).");

        coops.MapGet("/{id:int}/audit", (IMediator m, int id, int? page, int? pageSize, CancellationToken ct) =>
                m.Send(new ListAuditEntries(id, page ?? 1, pageSize ?? 50), ct))
            .Sends<ListAuditEntries>().WithName("Coops_ListAudit")
            .WithSummary("Who changed what on this co-op (staff).");
    }
}

/// <summary>A language code: en or es.</summary>
public sealed record LanguageBody(string Language);
