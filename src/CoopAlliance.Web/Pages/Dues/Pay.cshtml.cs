using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>
/// Record a payment from the co-op's page or ledger: the co-op's open invoices, oldest due first, with the oldest chosen
/// and what it still owes prefilled, so the usual check (the whole amount of the oldest bill) is one click.
/// </summary>
public sealed class PayModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    /// <summary>The co-op's id.</summary>
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public PaymentInput Pay { get; set; } = new();

    public DuesAccountDto Account { get; private set; } = null!;
    public IReadOnlyList<InvoiceListItem> OpenInvoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (OpenInvoices.Count > 0)
        {
            var oldest = OpenInvoices[0];
            Pay.InvoiceId = oldest.Id;
            Pay.Amount = oldest.Outstanding;
        }

        Pay.ReceivedOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Pay.InvoiceId is not { } invoiceId || OpenInvoices.All(i => i.Id != invoiceId))
        {
            ModelState.AddModelError("Pay.InvoiceId", "Choose the invoice this payment is for.");
        }

        // An amount the binder could not read ("twelve") is already explained beside the field: record nothing.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, _) = await TrySendAsync(new RecordPayment(Pay.InvoiceId!.Value, Pay.Amount ?? 0, Pay.ReceivedOn ?? default, Pay.Method, Pay.Reference), "Pay");
        if (!ok)
        {
            return Page();
        }

        var after = await FindAsync(new GetDuesAccount(Id));
        Flash($"Payment of {DuesWords.Money(Pay.Amount ?? 0)} recorded against invoice #{Pay.InvoiceId}." + (after is { Balance: < 0 }
            ? $" {after.CoopName} now has {DuesWords.Money(-after.Balance)} in credit, which goes towards its next invoice."
            : ""));
        return RedirectToPage("/Dues/Coop", new { id = Id });
    }

    private async Task<bool> LoadAsync()
    {
        var account = await FindAsync(new GetDuesAccount(Id));
        if (account is null)
        {
            return false;
        }

        Account = account;
        var invoices = await Mediator.Send(new ListInvoices(CoopId: Id, PageSize: Paging.MaxPageSize, Sort: InvoiceSort.Due, Descending: false),
            HttpContext.RequestAborted);
        OpenInvoices = invoices.Items.Where(i => i.Status != InvoiceStatus.Void && i.Outstanding > 0).OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToList();
        return true;
    }

    public sealed class PaymentInput
    {
        [Display(Name = "Invoice")] public int? InvoiceId { get; set; }
        [Display(Name = "Amount")] public decimal? Amount { get; set; }
        [Display(Name = "Received on")] public DateOnly? ReceivedOn { get; set; }
        [Display(Name = "Method")] public PaymentMethod Method { get; set; } = PaymentMethod.Check;
        [Display(Name = "Reference (check number, transfer id)")] public string? Reference { get; set; }
    }
}
