using CoopAlliance.Application.Dues;
using CoopAlliance.Web.Infrastructure;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>The dues PDFs (statements and the treasurer's monthly summaries) and the aging of what is owed.</summary>
public static class DuesDocumentEndpoints
{
    public sealed record SummaryRequest(string Month);

    public static void MapDuesDocuments(this RouteGroupBuilder api)
    {
        var docs = api.MapGroup("/").WithTags("Dues documents");
        docs.MapGet("/invoices/{id:int}/pdf", async (IMediator m, int id, HttpContext http, CancellationToken ct) =>
            {
                // In the co-op's language, or the one asked for with ?culture=es|en.
                var file = await m.Send(new GetInvoicePdf(id, DocumentLanguage.Asked(http.Request)), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<GetInvoicePdf>().WithName("Invoices_GetPdf")
            .WithSummary("The invoice's dues statement as a PDF (staff, or that co-op's reps; anyone else gets 404).");
        docs.MapGet("/dues/statements/{period}", async (IMediator m, string period, CancellationToken ct) =>
            {
                var archive = await m.Send(new ExportStatements(period), ct);
                return Results.File(archive.Content, "application/zip", archive.FileName); // disposed (temporary file deleted) once sent
            })
            .Sends<ExportStatements>().WithName("Dues_ExportStatements")
            .WithSummary("Every statement of a billing period, one PDF per invoice, in one ZIP (staff; 422 when the period has no invoices).");
        docs.MapGet("/dues/position", (IMediator m, DateOnly? asOf, CancellationToken ct) => m.Send(new GetDuesPosition(asOf), ct))
            .Sends<GetDuesPosition>().WithName("Dues_GetPosition")
            .WithSummary("Outstanding dues, their aging (0–30, 31–60, 61–90, 90+ days past due) and the largest balances (staff).");
        docs.MapGet("/dues/summaries", (IMediator m, CancellationToken ct) => m.Send(new ListDuesSummaries(), ct))
            .Sends<ListDuesSummaries>().WithName("DuesSummaries_List")
            .WithSummary("The stored monthly dues summaries, the latest first (staff).");
        docs.MapPost("/dues/summaries", (IMediator m, SummaryRequest body, CancellationToken ct) => m.Send(new GenerateDuesSummary(body.Month), ct))
            .Sends<GenerateDuesSummary>().WithName("DuesSummaries_Generate")
            .WithSummary("Store and email the summary of a month now (staff); a month already summarised is returned as stored.");
        docs.MapGet("/dues/summaries/{month}/pdf", async (IMediator m, string month, CancellationToken ct) =>
            {
                var file = await m.Send(new GetDuesSummaryPdf(month), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<GetDuesSummaryPdf>().WithName("DuesSummaries_GetPdf")
            .WithSummary("The PDF of a month's dues summary (staff): the stored one, or for an ended month the job has not summarised yet, the same document made now.");
    }
}
