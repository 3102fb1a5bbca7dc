using System.Text;
using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Application.Benefits.Files;
using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Domain.Benefits;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record ExportBody(int CarrierId, string Kind);

public sealed record ElectionListQuery(int? PlanYearId, int? CoopId, string? Status, string? Q, int? Page, int? PageSize)
{
    public ListElections ToRequest() => new(PlanYearId, CoopId, Api.ParseEnum<ElectionListStatus>("status", Status), Q, Page ?? 1, PageSize ?? 50);
}
public sealed record RejectExportBody(string Reason);
public sealed record ApproveParticipationBody(string GroupNumber, string? Note, int Version);
public sealed record DeclineParticipationBody(string Reason, int Version);
public sealed record ParticipationBody(int PlanYearId, ContributionKind ContributionKind, decimal? Percent, IReadOnlyList<TierContributionInput>? FixedAmounts, DateOnly? From);

/// <summary>Group benefits: carriers, plans and their years, and co-ops' participation (the elections are in BenefitsElectionEndpoints).</summary>
public static class BenefitsEndpoints
{
    public static void MapBenefits(this RouteGroupBuilder api)
    {
        var benefits = api.MapGroup("/benefits").WithTags("Benefits");

        benefits.MapGet("/carriers", (IMediator m, CancellationToken ct) => m.Send(new ListCarriers(), ct))
            .Sends<ListCarriers>().WithName("Benefits_ListCarriers").WithSummary("Every carrier (staff).");
        benefits.MapPost("/carriers", async (IMediator m, CreateCarrier body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.Created($"/api/v1/benefits/carriers/{id}", (await m.Send(new ListCarriers(), ct)).Single(c => c.Id == id));
            })
            .Sends<CreateCarrier>().WithName("Benefits_CreateCarrier").WithSummary("Add a carrier (staff); x12ReceiverId is its id in enrollment files.");

        benefits.MapGet("/plans", (IMediator m, CancellationToken ct) => m.Send(new ListPlans(), ct))
            .Sends<ListPlans>().WithName("Benefits_ListPlans").WithSummary("The group plans on offer with their years, windows and monthly premiums per tier.");
        benefits.MapGet("/plans/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetPlan(id), ct))
            .Sends<GetPlan>().WithName("Benefits_GetPlan").WithSummary("One plan: its carrierId, eligibility rules and years.");
        benefits.MapPost("/plans", async (IMediator m, CreatePlan body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("Benefits_GetPlan", new { id }, await m.Send(new GetPlan(id), ct));
            })
            .Sends<CreatePlan>().WithName("Benefits_CreatePlan").WithSummary("Add a plan with its eligibility rules (staff).");
        benefits.MapPut("/plans/{id:int}", async (IMediator m, int id, UpdatePlan body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetPlan(id), ct));
            })
            .Sends<UpdatePlan>().WithName("Benefits_UpdatePlan").WithSummary("Change a plan (staff); 409 if someone changed it since your version.");
        benefits.MapPost("/plans/{id:int}/years", async (IMediator m, int id, AddPlanYear body, CancellationToken ct) =>
            {
                await m.Send(body with { PlanId = id }, ct);
                return Results.CreatedAtRoute("Benefits_GetPlan", new { id }, await m.Send(new GetPlan(id), ct));
            })
            .Sends<AddPlanYear>().WithName("Benefits_AddPlanYear").WithSummary("Add a plan year with its window and premiums per tier (staff).");

        benefits.MapGet("/participations", (IMediator m, string? status, int? planYearId, string? q, int? page, int? pageSize, CancellationToken ct) =>
                m.Send(new ListParticipations(null, Api.ParseEnum<ParticipationStatus>("status", status), planYearId, q, page ?? 1, pageSize ?? 25), ct))
            .Sends<ListParticipations>().WithName("Benefits_ListParticipations")
            .WithSummary("Participations, requests first (staff: every co-op; a rep: their own co-op's).");
        benefits.MapGet("/coops/{id:int}/participations", (IMediator m, int id, int? page, int? pageSize, CancellationToken ct) =>
                m.Send(new ListParticipations(id, Page: page ?? 1, PageSize: pageSize ?? 25), ct))
            .Sends<ListParticipations>().WithName("Benefits_ListCoopParticipations").WithSummary("One co-op's participations (staff, or that co-op's rep; else 404).");
        benefits.MapPost("/coops/{id:int}/participations", async (IMediator m, int id, ParticipationBody body, CancellationToken ct) =>
            {
                var created = await m.Send(new RequestParticipation(id, body.PlanYearId, body.ContributionKind, body.Percent, body.FixedAmounts, body.From), ct);
                var list = await m.Send(new ListParticipations(id, PageSize: 200), ct);
                return Results.Created($"/api/v1/benefits/coops/{id}/participations", list.Items.Single(p => p.Id == created));
            })
            .Sends<RequestParticipation>().WithName("Benefits_RequestParticipation")
            .WithSummary("Ask for the co-op to join a plan year with its contribution (its rep or staff); staff approve it. 422 for a lapsed co-op.");
        benefits.MapPost("/participations/{id:int}/approve", async (IMediator m, int id, ApproveParticipationBody body, CancellationToken ct) =>
            {
                await m.Send(new ApproveParticipation(id, body.GroupNumber, body.Note, body.Version), ct);
                return Results.NoContent();
            })
            .Sends<ApproveParticipation>().WithName("Benefits_ApproveParticipation").WithSummary("Approve with the carrier's group number (staff).");
        benefits.MapPost("/participations/{id:int}/decline", async (IMediator m, int id, DeclineParticipationBody body, CancellationToken ct) =>
            {
                await m.Send(new DeclineParticipation(id, body.Reason, body.Version), ct);
                return Results.NoContent();
            })
            .Sends<DeclineParticipation>().WithName("Benefits_DeclineParticipation").WithSummary("Decline with a reason the rep sees (staff).");
        benefits.MapGet("/coops/{id:int}/plan-years/{planYearId:int}/participation-rate", (IMediator m, int id, int planYearId, CancellationToken ct) =>
                m.Send(new GetParticipationRate(id, planYearId), ct))
            .Sends<GetParticipationRate>().WithName("Benefits_GetParticipationRate")
            .WithSummary("The share of eligible workers enrolled or waived with other coverage, against the plan's minimum (staff or the co-op's rep).");

        benefits.MapGet("/exports", (IMediator m, int? carrierId, CancellationToken ct) => m.Send(new ListEnrollmentExports(carrierId), ct))
            .Sends<ListEnrollmentExports>().WithName("Benefits_ListExports").WithSummary("Enrollment files made for carriers, newest first (staff).");
        benefits.MapPost("/exports", async (IMediator m, ExportBody body, CancellationToken ct) =>
            {
                var kind = Api.ParseEnum<EnrollmentExportKind>("kind", body.Kind) ?? EnrollmentExportKind.Changes;
                var export = await m.Send(new CreateEnrollmentExport(body.CarrierId, kind), ct);
                return Results.Created($"/api/v1/benefits/exports/{export.Id}/file", export);
            })
            .Sends<CreateEnrollmentExport>().WithName("Benefits_CreateExport")
            .WithSummary("Make a carrier's X12 834 file (staff): kind \"full\" (everyone covered) or \"changes\" (every change not yet sent, each exactly once). Answers the export with its id.");
        benefits.MapGet("/exports/{id:int}/file", async (IMediator m, int id, CancellationToken ct) =>
            {
                var file = await m.Send(new GetEnrollmentExportFile(id), ct);
                return Results.File(Encoding.UTF8.GetBytes(file.Content), "application/edi-x12", file.FileName);
            })
            .Sends<GetEnrollmentExportFile>().WithName("Benefits_GetExportFile")
            .WithSummary("The 834 file as it was made (staff only: it carries taxpayer ids and birth dates).");
        benefits.MapPost("/exports/{id:int}/accept", (IMediator m, int id, CancellationToken ct) => m.Send(new DecideEnrollmentExport(id, true, null), ct))
            .Sends<DecideEnrollmentExport>().WithName("Benefits_AcceptExport").WithSummary("The carrier accepted the file (staff).");
        benefits.MapPost("/exports/{id:int}/reject", (IMediator m, int id, RejectExportBody body, CancellationToken ct) =>
                m.Send(new DecideEnrollmentExport(id, false, body.Reason), ct))
            .Sends<DecideEnrollmentExport>().WithName("Benefits_RejectExport")
            .WithSummary("The carrier rejected the file (staff): its changes go into the next change file.");

        benefits.MapGet("/elections", (IMediator m, [AsParameters] ElectionListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListElections>().WithName("Benefits_ListElections")
            .WithSummary("Every worker's latest election (staff): planYearId, coopId, status (Enrolled|Waived|Ended), q (worker or co-op name); page, pageSize. " +
                         "No birth dates or taxpayer ids.");
        benefits.MapGet("/elections/export.csv", async (IMediator m, [AsParameters] ElectionListQuery q, CancellationToken ct) =>
                Results.File(Encoding.UTF8.GetBytes(await m.Send(new ExportElections(q.ToRequest()), ct)), "text/csv", "elections.csv"))
            .Sends<ExportElections>().WithName("Benefits_ExportElectionsCsv").WithSummary("The filtered elections, all pages, as CSV (staff).");
        benefits.MapGet("/terminations", (IMediator m, CancellationToken ct) => m.Send(new ListPendingTerminations(), ct))
            .Sends<ListPendingTerminations>().WithName("Benefits_ListPendingTerminations")
            .WithSummary("Every coverage end found and not yet in effect, the soonest first (staff).");
        benefits.MapPost("/terminations/{id:int}/cancel", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new CancelCoverageTermination(id), ct);
                return Results.NoContent();
            })
            .Sends<CancelCoverageTermination>().WithName("Benefits_CancelTermination")
            .WithSummary("Stop a pending termination found in error: coverage continues (staff). 422 when it was already cancelled or took effect.");
    }
}
