using System.Text;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record RunBody(string Period);
public sealed record PaymentBody(decimal Amount, DateOnly? ReceivedOn, PaymentMethod Method, string? Reference);
public sealed record CreditNoteBody(int? InvoiceId, decimal Amount, string Reason);
public sealed record LaborCreditBody(decimal Hours, DateOnly? On, string Description);
public sealed record HardshipBody(HardshipKind Kind, decimal Value, DateOnly From, DateOnly To, string Reason);
public sealed record SelfReportBody(int Year, decimal? Wages, decimal? Revenue, int? WorkerOwners, bool Attested);

/// <summary>The invoices list's query string (the same filters and sorting as /Dues/Invoices).</summary>
public sealed record InvoiceListQuery(string? Q, string? Status, string? Period, int? CoopId, bool? PastGrace, string? Sort, bool? Desc, int? Page,
    int? PageSize)
{
    public ListInvoices ToRequest() => new(Api.ParseEnum<InvoiceStatus>("status", Status), Period, CoopId, Q, Page ?? 1, PageSize ?? 50,
        Api.ParseEnum<InvoiceSort>("sort", Sort) ?? InvoiceSort.Issued, Desc, PastGrace ?? false);
}

public static class DuesEndpoints
{
    public static void MapDues(this RouteGroupBuilder api)
    {
        var dues = api.MapGroup("/dues").WithTags("Dues");

        dues.MapPost("/runs", async (IMediator m, RunBody body, CancellationToken ct) =>
            {
                var start = await m.Send(new StartInvoiceRun(body.Period ?? ""), ct);
                return start switch
                {
                    { Run: { } run, Ended: true } => Results.Ok(run),
                    { Run: { } run } => Results.Accepted($"/api/v1/dues/runs/{run.Id}", run),
                    _ => Results.Accepted("/api/v1/dues/runs", new { start.PeriodKey, Status = "Queued" }),
                };
            })
            .Sends<StartInvoiceRun>().WithName("Dues_StartRun")
            .WithSummary("Invoice a billing period (2027-01, 2027-Q1 or 2027) now (staff). The run is a background job (any job server runs it, " +
                         "as you; /hangfire shows it). Idempotent: returns the period's one run; co-ops already invoiced are skipped, a run in " +
                         "progress is left alone. 200 with the run when it ends within Dues:StartWaitSeconds (10); otherwise 202 with the run as " +
                         "it stands (Running): follow it at its Location. While no job server has picked it up yet, 202 with status Queued.");
        dues.MapGet("/runs", (IMediator m, CancellationToken ct) => m.Send(new ListInvoiceRuns(), ct))
            .Sends<ListInvoiceRuns>().WithName("Dues_ListRuns")
            .WithSummary("Every invoice run with its log (staff).");
        dues.MapGet("/runs/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetInvoiceRun(id), ct))
            .Sends<GetInvoiceRun>().WithName("Dues_GetRun")
            .WithSummary("One run: status, progress, counts and log (staff).");
        dues.MapGet("/runs/preview", (IMediator m, string period, int? page, int? pageSize, CancellationToken ct) =>
                m.Send(new PreviewInvoiceRun(period, page ?? 1, pageSize ?? 50), ct))
            .Sends<PreviewInvoiceRun>().WithName("Dues_PreviewRun")
            .WithSummary("What a run for the period would bill, co-op by co-op; nothing is written (staff).");
        dues.MapGet("/missed-periods", (IMediator m, AllianceClock clock, CancellationToken ct) =>
                m.Send(new ListMissedPeriods(clock.Today), ct))
            .Sends<ListMissedPeriods>().WithName("Dues_ListMissedPeriods")
            .WithSummary("Billing periods due by now without a finished run (staff); the scheduled run backfills them.");
        dues.MapPost("/arrears/runs", (IMediator m, AllianceClock clock, CancellationToken ct) => m.Send(new ProcessArrears(clock.Today), ct))
            .Sends<ProcessArrears>().WithName("Dues_RunArrears")
            .WithSummary("Run the daily arrears pass now: overdue notices, reminders, lapse and reinstatement (staff).");

        dues.MapGet("/policies", (IMediator m, CancellationToken ct) => m.Send(new ListDuesPolicies(), ct))
            .Sends<ListDuesPolicies>().WithName("DuesPolicies_List")
            .WithSummary("Every dues policy, the latest first.");
        dues.MapGet("/policies/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetDuesPolicy(id), ct))
            .Sends<GetDuesPolicy>().WithName("DuesPolicies_Get").WithSummary("One dues policy with its tiers.");
        dues.MapPost("/policies", async (IMediator m, CreateDuesPolicy body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("DuesPolicies_Get", new { id }, await m.Send(new GetDuesPolicy(id), ct));
            })
            .Sends<CreateDuesPolicy>().WithName("DuesPolicies_Create")
            .WithSummary("Add a dues policy (staff). Scheme amounts are annual.");
        dues.MapPut("/policies/{id:int}", async (IMediator m, int id, UpdateDuesPolicy body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetDuesPolicy(id), ct));
            })
            .Sends<UpdateDuesPolicy>().WithName("DuesPolicies_Update")
            .WithSummary("Revise a policy (staff; send the version you read). Issued invoices never change.");

        var coops = api.MapGroup("/coops/{id:int}").WithTags("Dues");
        coops.MapGet("/dues", (IMediator m, int id, CancellationToken ct) => m.Send(new GetDuesAccount(id), ct))
            .Sends<GetDuesAccount>().WithName("Dues_GetAccount")
            .WithSummary("The co-op's balance, standing, next due and invoices (a rep: their own co-op only).");
        coops.MapGet("/invoices", (IMediator m, int id, CancellationToken ct) => m.Send(new ListCoopInvoices(id), ct))
            .Sends<ListCoopInvoices>().WithName("Dues_ListCoopInvoices")
            .WithSummary("The co-op's invoices with their status, latest first.");
        coops.MapGet("/ledger", (IMediator m, int id, CancellationToken ct) => m.Send(new GetCoopLedger(id), ct))
            .Sends<GetCoopLedger>().WithName("Dues_GetLedger")
            .WithSummary("Invoices, voids, payments and credits in date order with the running balance.");
        coops.MapGet("/ledger.csv", async (IMediator m, int id, CancellationToken ct) =>
            {
                var csv = await m.Send(new ExportCoopLedger(id), ct);
                return Results.File(Encoding.UTF8.GetBytes(csv.Content), "text/csv", csv.FileName);
            })
            .Sends<ExportCoopLedger>().WithName("Dues_ExportLedgerCsv")
            .WithSummary("The ledger as CSV: date, kind, what, amount, running balance (a rep: their own co-op only).");
        coops.MapPost("/credit-notes", async (IMediator m, int id, CreditNoteBody b, CancellationToken ct) =>
                Results.Ok(new { id = await m.Send(new IssueCreditNote(id, b.InvoiceId, b.Amount, b.Reason), ct) }))
            .Sends<IssueCreditNote>().WithName("Dues_IssueCreditNote")
            .WithSummary("Credit the co-op's account, or one invoice (staff).");
        coops.MapPost("/labor-credits", async (IMediator m, AllianceClock clock, int id, LaborCreditBody b, CancellationToken ct) =>
                Results.Ok(new { id = await m.Send(new RecordLaborCredit(id, b.Hours, b.On ?? clock.Today, b.Description), ct) }))
            .Sends<RecordLaborCredit>().WithName("Dues_RecordLaborCredit")
            .WithSummary("Record hours of labor in lieu of cash, credited at the policy's hourly value (staff).");
        coops.MapGet("/hardships", (IMediator m, int id, CancellationToken ct) => m.Send(new ListHardships(id), ct))
            .Sends<ListHardships>().WithName("Dues_ListHardships")
            .WithSummary("The co-op's hardship reductions and waivers.");
        coops.MapPost("/hardships", async (IMediator m, int id, HardshipBody b, CancellationToken ct) =>
                Results.Ok(new { id = await m.Send(new GrantHardship(id, b.Kind, b.Value, b.From, b.To, b.Reason), ct) }))
            .Sends<GrantHardship>().WithName("Dues_GrantHardship")
            .WithSummary("Approve a hardship reduction (Percentage, 100 = waiver, or Amount) for periods starting From–To (staff).");
        coops.MapGet("/self-reports", (IMediator m, int id, CancellationToken ct) => m.Send(new ListSelfReports(id), ct))
            .Sends<ListSelfReports>().WithName("Dues_ListSelfReports")
            .WithSummary("The co-op's annual self-reports for dues.");
        coops.MapPost("/self-reports", async (IMediator m, int id, SelfReportBody b, CancellationToken ct) =>
                Results.Ok(new { id = await m.Send(new SubmitSelfReport(id, b.Year, b.Wages, b.Revenue, b.WorkerOwners, b.Attested), ct) }))
            .Sends<SubmitSelfReport>().WithName("Dues_SubmitSelfReport")
            .WithSummary("Submit (or replace) the year's wages, revenue and worker-owners, attested (the co-op's rep or staff).");

        var invoices = api.MapGroup("/invoices").WithTags("Dues");
        invoices.MapGet("/", (IMediator m, [AsParameters] InvoiceListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListInvoices>().WithName("Invoices_List")
            .WithSummary("Every invoice with its status (staff): q (co-op name), status, period, coopId, pastGrace (overdue beyond the grace period); sort Issued|Coop|Period|Due|Total|Outstanding|" +
                         "DaysOverdue, desc; page, pageSize. Latest first by default.");
        invoices.MapGet("/export.csv", async (IMediator m, [AsParameters] InvoiceListQuery q, CancellationToken ct) =>
                Results.File(Encoding.UTF8.GetBytes(await m.Send(new ExportInvoices(q.ToRequest()), ct)), "text/csv", "invoices.csv"))
            .Sends<ExportInvoices>().WithName("Invoices_ExportCsv")
            .WithSummary("The filtered invoices, all pages, as CSV (staff).");
        invoices.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetInvoice(id), ct))
            .Sends<GetInvoice>().WithName("Invoices_Get")
            .WithSummary("One invoice: lines in words, what settled it, status (a rep: their own co-op's only).");
        invoices.MapPost("/{id:int}/payments", async (IMediator m, AllianceClock clock, int id, PaymentBody b, CancellationToken ct) =>
            {
                var paymentId = await m.Send(new RecordPayment(id, b.Amount, b.ReceivedOn ?? clock.Today, b.Method, b.Reference), ct);
                return Results.Created($"/api/v1/invoices/{id}", new { paymentId, invoice = await m.Send(new GetInvoice(id), ct) });
            })
            .Sends<RecordPayment>().WithName("Invoices_RecordPayment")
            .WithSummary("Record a payment (Check, Ach, Card, Cash) for the invoice (staff). More than owed becomes credit for the next invoice.");
        invoices.MapPost("/{id:int}/void", async (IMediator m, int id, ReasonBody b, CancellationToken ct) =>
            {
                await m.Send(new VoidInvoice(id, b.Reason), ct);
                return Results.Ok(await m.Send(new GetInvoice(id), ct));
            })
            .Sends<VoidInvoice>().WithName("Invoices_Void")
            .WithSummary("Void the invoice, with the reason (staff); what was paid on it becomes credit.");
    }
}
