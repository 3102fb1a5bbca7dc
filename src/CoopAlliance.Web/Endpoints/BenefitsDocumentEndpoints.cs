using CoopAlliance.Application.Benefits.Documents;
using CoopAlliance.Application.Benefits.Reconciliation;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Web.Infrastructure;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Group benefits documents: the co-op's enrollment summary and the plan-year roster (PDF), the enrollment and census CSVs.</summary>
public static class BenefitsDocumentEndpoints
{
    public static void MapBenefitsDocuments(this RouteGroupBuilder api)
    {
        var docs = api.MapGroup("/benefits").WithTags("Benefits");
        docs.MapGet("/coops/{coopId:int}/summary.pdf", async (IMediator m, int coopId, HttpContext http, CancellationToken ct) =>
            {
                // In the co-op's language, or the one asked for with ?culture=es|en.
                var file = await m.Send(new GetEnrollmentSummaryPdf(coopId, DocumentLanguage.Asked(http.Request)), ct);
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

        // The form is read by hand rather than bound to IFormFile (as the other uploads: the API is called with bearer tokens).
        docs.MapPost("/reconciliations", async (IMediator m, HttpRequest http, CancellationToken ct) =>
            {
                if (UploadLimits.Exceeds(http.HttpContext, ReconcileCarrierBillValidator.MaxBytes + UploadLimits.FormOverheadBytes))
                {
                    const string message = "The bill is too large: 5 MB at most.";
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.", detail: message,
                        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = [message] } });
                }

                if (!http.HasFormContentType)
                {
                    throw new ValidationException("file", "Send the bill as multipart/form-data: carrierId, month and the CSV in a field named \"file\".");
                }

                var form = await http.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? throw new ValidationException("file", "Choose the carrier's bill (a CSV file).");
                if (!int.TryParse(form["carrierId"], out var carrierId))
                {
                    throw new ValidationException("carrierId", "Choose the carrier.");
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var result = await m.Send(new ReconcileCarrierBill(carrierId, form["month"].ToString(), file.FileName, buffer.ToArray()), ct);
                return Results.Created($"/api/v1/benefits/reconciliations/{result.Upload.Id}", result);
            })
            .Sends<ReconcileCarrierBill>().WithName("Benefits_ReconcileBill")
            .WithSummary("Upload a carrier's monthly bill (multipart: carrierId, month yyyy-MM, file) and get its discrepancies against the elections (staff).");
        docs.MapGet("/reconciliations", (IMediator m, CancellationToken ct) => m.Send(new ListCarrierBillUploads(), ct))
            .Sends<ListCarrierBillUploads>().WithName("Benefits_ListReconciliations").WithSummary("The carrier bills uploaded, newest first, with their totals (staff).");
        docs.MapGet("/reconciliations/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetCarrierBillReconciliation(id), ct))
            .Sends<GetCarrierBillReconciliation>().WithName("Benefits_GetReconciliation")
            .WithSummary("A stored bill reconciled again against the elections as they are now (staff).");
        docs.MapGet("/reconciliations/{id:int}/discrepancies.csv", async (IMediator m, int id, CancellationToken ct) =>
            {
                var file = await m.Send(new GetDiscrepancyCsv(id), ct);
                return Results.File(file.Content, "text/csv", file.FileName);
            })
            .Sends<GetDiscrepancyCsv>().WithName("Benefits_GetDiscrepanciesCsv").WithSummary("A stored bill's discrepancies as CSV (staff).");
        docs.MapPut("/carriers/{id:int}/bill-mapping", async (IMediator m, int id, CarrierBillMapping body, CancellationToken ct) =>
            {
                await m.Send(new SaveCarrierBillMapping(id, body), ct);
                return Results.NoContent();
            })
            .Sends<SaveCarrierBillMapping>().WithName("Benefits_SaveBillMapping")
            .WithSummary("Set which columns of the carrier's bill hold the group number, member id and amount (and optionally name, tier, period, coverage) and the delimiter (staff).");
    }
}
