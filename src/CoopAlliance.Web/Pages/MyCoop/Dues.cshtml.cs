using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Web.Pages.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyCoop;

/// <summary>"My dues" for a rep: what the co-op owes and when, its invoices and statements, payments, and the annual self-report.</summary>
public sealed class DuesModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty] public SelfReportInput Report { get; set; } = new();

    public DuesAccountDto Account { get; private set; } = null!;
    public LedgerDto Ledger { get; private set; } = null!;
    public IReadOnlyList<SelfReportDto> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Report.Year = clock.Today.Year - 1;
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetStatementAsync(int invoiceId)
    {
        var file = await FindAsync(new GetInvoicePdf(invoiceId));
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnGetLedgerAsync()
    {
        var csv = RepCoop.IdOf(User) is { } coopId ? await FindAsync(new ExportCoopLedger(coopId)) : null;
        return csv is null ? NotFound() : File(System.Text.Encoding.UTF8.GetBytes(csv.Content), "text/csv", csv.FileName);
    }

    public async Task<IActionResult> OnPostReportAsync()
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new SubmitSelfReport(coopId, Report.Year ?? 0, Report.Wages, Report.Revenue, Report.WorkerOwners, Report.Attested),
            "Report");
        if (ok)
        {
            Flash($"Thank you: your figures for {Report.Year} are recorded. The next invoices use them.");
            return RedirectToPage("/MyCoop/Dues");
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return false;
        }

        var account = await FindAsync(new GetDuesAccount(coopId));
        if (account is null)
        {
            return false;
        }

        Account = account;
        Ledger = await Mediator.Send(new GetCoopLedger(coopId), HttpContext.RequestAborted);
        Reports = await Mediator.Send(new ListSelfReports(coopId), HttpContext.RequestAborted);
        return true;
    }

    /// <summary>"Your co-op owes $618.00 for January, due February 15."</summary>
    public string Headline() => DuesWords.RepHeadline(Account);

    public sealed class SelfReportInput
    {
        [Display(Name = "Year")] public int? Year { get; set; }
        [Display(Name = "Total wages paid that year ($)")] public decimal? Wages { get; set; }
        [Display(Name = "Revenue that year ($)")] public decimal? Revenue { get; set; }
        [Display(Name = "Worker-owners")] public int? WorkerOwners { get; set; }
        [Display(Name = "I confirm these figures are true to the best of my knowledge")] public bool Attested { get; set; }
    }
}
