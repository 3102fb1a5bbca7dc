using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Web.Infrastructure;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>One invoice for staff: its lines, what settled it, payment entry, and a credit note or voiding after a confirmation.</summary>
public sealed class InvoiceModel(IMediator mediator, AllianceClock clock, IValidator<IssueCreditNote> creditRules) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public PaymentInput Pay { get; set; } = new();
    [BindProperty] public CreditInput Credit { get; set; } = new();
    [BindProperty] public VoidInput Cancel { get; set; } = new();

    public InvoiceDetail Invoice { get; private set; } = null!;
    public bool ConfirmingVoid { get; private set; }
    public bool ConfirmingCredit { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Pay.ReceivedOn = clock.Today;
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // The usual payment settles the invoice: prefill what it still owes.
        if (Invoice.Status != InvoiceStatus.Void && Invoice.Outstanding > 0)
        {
            Pay.Amount = Invoice.Outstanding;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync()
    {
        var file = await FindAsync(new GetInvoicePdf(Id, DocumentLanguage.Asked(Request)));
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostPayAsync()
    {
        // An amount the binder could not read ("twelve") is already explained beside the field: record nothing.
        if (!ModelState.IsValid)
        {
            return await LoadAsync() ? Page() : NotFound();
        }

        var (ok, _) = await TrySendAsync(new RecordPayment(Id, Pay.Amount ?? 0, Pay.ReceivedOn ?? default, Pay.Method, Pay.Reference), "Pay");
        if (ok)
        {
            // Say where the money went: an overpayment is the co-op's credit, which the next invoice uses.
            var after = await FindAsync(new GetInvoice(Id));
            Flash($"Payment of {DuesWords.Money(Pay.Amount ?? 0)} recorded." + (after is { AccountBalance: < 0 }
                ? $" {after.CoopName} now has {DuesWords.Money(-after.AccountBalance)} in credit, which goes towards its next invoice."
                : ""));
            return RedirectToPage("/Dues/Invoice", new { id = Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCreditAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var note = new IssueCreditNote(Invoice.CoopId, Id, Credit.Amount ?? 0, Credit.Reason ?? "");
        if (!Credit.Confirmed)
        {
            // A credit note cannot be taken back: ask once the figures are right, with the amount and co-op in words.
            var check = await creditRules.ValidateAsync(note, HttpContext.RequestAborted);
            foreach (var failure in check.Errors)
            {
                ModelState.AddModelError($"Credit.{failure.PropertyName}", failure.ErrorMessage);
            }

            ConfirmingCredit = check.IsValid && ModelState.IsValid;
            return Page();
        }

        var (ok, _) = await TrySendAsync(note, "Credit");
        if (ok)
        {
            Flash($"Credit note of {DuesWords.Money(Credit.Amount ?? 0)} issued.");
            return RedirectToPage("/Dues/Invoice", new { id = Id });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostVoidAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Cancel.Reason))
        {
            ModelState.AddModelError("Cancel.Reason", "Give the reason for voiding; it is kept with the invoice.");
            return Page();
        }

        if (!Cancel.Confirmed)
        {
            ConfirmingVoid = true;
            return Page();
        }

        var (ok, _) = await TrySendAsync(new VoidInvoice(Id, Cancel.Reason), "Cancel");
        if (ok)
        {
            Flash($"Invoice #{Id} is void.");
            return RedirectToPage("/Dues/Invoice", new { id = Id });
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var invoice = await FindAsync(new GetInvoice(Id));
        if (invoice is null)
        {
            return false;
        }

        Invoice = invoice;
        return true;
    }

    public sealed class PaymentInput
    {
        [Display(Name = "Amount")] public decimal? Amount { get; set; }
        [Display(Name = "Received on")] public DateOnly? ReceivedOn { get; set; }
        [Display(Name = "Method")] public PaymentMethod Method { get; set; } = PaymentMethod.Check;
        [Display(Name = "Reference (check number, transfer id)")] public string? Reference { get; set; }
    }

    public sealed class CreditInput
    {
        [Display(Name = "Amount")] public decimal? Amount { get; set; }
        [Display(Name = "Reason (printed on the statement)")] public string? Reason { get; set; }
        public bool Confirmed { get; set; }
    }

    public sealed class VoidInput
    {
        [Display(Name = "Reason for voiding")] public string? Reason { get; set; }
        public bool Confirmed { get; set; }
    }
}
