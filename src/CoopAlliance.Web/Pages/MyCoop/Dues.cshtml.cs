using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Texts;
using CoopAlliance.Web.Infrastructure;
using CoopAlliance.Web.Pages.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.MyCoop;

/// <summary>"My dues" for a rep: what the co-op owes and when, its invoices and statements, payments, and the annual self-report.</summary>
public sealed class DuesModel(IMediator mediator, AllianceClock clock, IStringLocalizer<DuesTexts> dues, IStringLocalizer<DuesModel> t,
    IOptions<AlliancePaymentOptions> payments) : AppPageModel(mediator)
{
    [BindProperty] public SelfReportInput Report { get; set; } = new();

    public DuesAccountDto Account { get; private set; } = null!;
    public LedgerDto Ledger { get; private set; } = null!;
    public IReadOnlyList<SelfReportDto> Reports { get; private set; } = [];

    /// <summary>How to pay the alliance and whom to ask (configuration "Alliance:Payments").</summary>
    public AlliancePaymentOptions Payments => payments.Value;

    public async Task<IActionResult> OnGetAsync()
    {
        Report.Year = clock.Today.Year - 1;
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>The statement in the co-op's language, or the one asked for (<c>?culture=es|en</c>).</summary>
    public async Task<IActionResult> OnGetStatementAsync(int invoiceId)
    {
        var file = await FindAsync(new GetInvoicePdf(invoiceId, DocumentLanguage.Asked(Request)));
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
            Flash(t["Thank you: your figures for {0} are recorded. The next invoices use them.", Report.Year ?? 0]);
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

    /// <summary>"Your co-op owes $618.00 for January, due February 15." / "Su cooperativa debe $618.00 de enero…"</summary>
    public string Headline() => DuesWords.RepHeadline(Account, dues);

    /// <summary>Dues words (invoice kinds, statuses, periods) in the reader's language.</summary>
    public IStringLocalizer<DuesTexts> Words => dues;

    /// <summary>"January 2027" / "enero de 2027".</summary>
    public static string Period(InvoiceSummary invoice) => DuesWording.Period(invoice.PeriodKey, invoice.IssuedOn);

    public sealed class SelfReportInput
    {
        [Display(Name = "Year")] public int? Year { get; set; }
        [Display(Name = "Total wages paid that year ($)")] public decimal? Wages { get; set; }
        [Display(Name = "Revenue that year ($)")] public decimal? Revenue { get; set; }
        [Display(Name = "Worker-owners")] public int? WorkerOwners { get; set; }
        [Display(Name = "I confirm these figures are true to the best of my knowledge")] public bool Attested { get; set; }
    }
}
