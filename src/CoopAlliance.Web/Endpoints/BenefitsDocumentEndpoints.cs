using CoopAlliance.Application.Benefits.Documents;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Group benefits documents: the co-op's enrollment summary and the plan-year roster (PDF), the enrollment and census CSVs.</summary>
public static class BenefitsDocumentEndpoints
{
    public static void MapBenefitsDocuments(this RouteGroupBuilder api)
    {
        var docs = api.MapGroup("/benefits").WithTags("Benefits");
        docs.MapGet("/coops/{coopId:int}/summary.pdf", async (IMediator m, int coopId, CancellationToken ct) =>
            {
                var file = await m.Send(new GetEnrollmentSummaryPdf(coopId), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<GetEnrollmentSummaryPdf>().WithName("BenefitsDocuments_GetSummaryPdf")
            .WithSummary("The co-op's enrollment summary as a PDF: who is covered by what, from when, and the monthly split (staff, or that co-op's reps; else 404).");
        docs.MapGet("/plan-years/{planYearId:int}/roster.pdf", async (IMediator m, int planYearId, CancellationToken ct) =>
            {
                var file = await m.Send(new GetPlanYearRosterPdf(planYearId), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<GetPlanYearRosterPdf>().WithName("BenefitsDocuments_GetRosterPdf")
            .WithSummary("The plan year's roster as a PDF: every enrolled worker per co-op with tier and dependents, and totals (staff).");
        docs.MapGet("/exports/{id:int}/file.csv", async (IMediator m, int id, bool? full, CancellationToken ct) =>
            {
                var file = await m.Send(new GetEnrollmentExportCsv(id, full ?? false), ct);
                return Results.File(file.Content, "text/csv", file.FileName);
            })
            .Sends<GetEnrollmentExportCsv>().WithName("BenefitsDocuments_GetExportCsv")
            .WithSummary("The enrollment file as CSV (staff); taxpayer ids masked unless full=true.");
        docs.MapGet("/plan-years/{planYearId:int}/census.csv", async (IMediator m, int planYearId, CancellationToken ct) =>
            {
                var file = await m.Send(new GetPlanYearCensusCsv(planYearId), ct);
                return Results.File(file.Content, "text/csv", file.FileName);
            })
            .Sends<GetPlanYearCensusCsv>().WithName("BenefitsDocuments_GetCensusCsv")
            .WithSummary("The plan year's census for quotes (staff): counts by co-op, state, age band and tier; no names or ids.");
    }
}
