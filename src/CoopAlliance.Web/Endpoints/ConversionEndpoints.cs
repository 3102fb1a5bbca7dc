using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Conversions;
using CoopAlliance.Domain.Conversions;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record ConversionListQuery(string? Q, string? Stage, int? Page, int? PageSize, string? Sort, bool? Desc)
{
    public ListConversions ToRequest() => new()
    {
        Q = Q,
        Stage = Api.ParseEnum<ConversionStage>("stage", Stage),
        Sort = Api.ParseEnum<ConversionSort>("sort", Sort) ?? ConversionSort.Stage,
        Descending = Desc ?? false,
        Page = Page ?? 1,
        PageSize = PageSize ?? Paging.DefaultPageSize,
    };
}

public sealed record ConversionStageBody(ConversionStage Stage, string? Note, int? Version);
public sealed record ConversionNoteBody(string Text);

/// <summary>The conversion pipeline: businesses whose owners might sell to their workers (staff).</summary>
public static class ConversionEndpoints
{
    public static void MapConversions(this RouteGroupBuilder api)
    {
        var conversions = api.MapGroup("/conversions").WithTags("Conversions");

        conversions.MapGet("/", (IMediator m, [AsParameters] ConversionListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListConversions>().WithName("Conversions_List")
            .WithSummary("The conversion pipeline (staff). stage: Lead, FirstConversation, Feasibility, Valuation, BuyInPlan, Converted, NotConverted; " +
                         "q searches business, owner, town and sector; sort: Stage (default), Name, TargetSale, StageSince; desc=true reverses; pageSize ≤ 200.");
        conversions.MapGet("/export.csv", async (IMediator m, string? q, string? stage, CancellationToken ct) =>
            {
                var file = await m.Send(new ExportConversions(q, Api.ParseEnum<ConversionStage>("stage", stage)), ct);
                return Results.File(file.Content, "text/csv", file.FileName);
            })
            .Sends<ExportConversions>().WithName("Conversions_Export")
            .WithSummary("The conversion pipeline as CSV, same filters as the list (staff).");
        conversions.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetConversion(id), ct))
            .Sends<GetConversion>().WithName("Conversions_Get")
            .WithSummary("One conversion: business, owner and timeline, workers, notes per stage, stage history, and its developing co-op once converted (staff).");
        conversions.MapPost("/", async (IMediator m, CreateConversion body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("Conversions_Get", new { id }, await m.Send(new GetConversion(id), ct));
            })
            .Sends<CreateConversion>().WithName("Conversions_Create")
            .WithSummary("Record a business whose owner is retiring or closing (reason Retiring, Closing, Other), with its workers; it starts as a Lead (staff).");
        conversions.MapPut("/{id:int}", async (IMediator m, int id, UpdateConversion body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetConversion(id), ct));
            })
            .Sends<UpdateConversion>().WithName("Conversions_Update")
            .WithSummary("Edit an open conversion (the workers list replaces the old one); send the version you read, 409 if it changed since (staff).");
        conversions.MapPost("/{id:int}/stage", async (IMediator m, int id, ConversionStageBody body, CancellationToken ct) =>
            {
                await m.Send(new MoveConversion(id, body.Stage, body.Note, body.Version), ct);
                return Results.Ok(await m.Send(new GetConversion(id), ct));
            })
            .Sends<MoveConversion>().WithName("Conversions_Move")
            .WithSummary("Move on to the next stage, or to NotConverted from any open stage (note = the reason, required); " +
                         "skipping a stage, going back or Converted is 422 — use /convert (staff).");
        conversions.MapPost("/{id:int}/notes", async (IMediator m, int id, ConversionNoteBody body, CancellationToken ct) =>
            {
                await m.Send(new AddConversionNote(id, body.Text), ct);
                return Results.Ok(await m.Send(new GetConversion(id), ct));
            })
            .Sends<AddConversionNote>().WithName("Conversions_AddNote")
            .WithSummary("Add a note on the stage the conversion is at (staff).");
        conversions.MapPost("/{id:int}/convert", async (IMediator m, int id, CancellationToken ct) =>
            {
                var coopId = await m.Send(new ConvertConversion(id), ct);
                return Results.Ok(new { developingCoopId = coopId, conversion = await m.Send(new GetConversion(id), ct) });
            })
            .Sends<ConvertConversion>().WithName("Conversions_Convert")
            .WithSummary("Convert a business at the BuyInPlan stage: it becomes a developing co-op (kind Conversion) in the mentoring pipeline. " +
                         "Idempotent: converting again answers 200 with the same developingCoopId, never a second co-op; at another stage 422 (staff).");
    }
}
