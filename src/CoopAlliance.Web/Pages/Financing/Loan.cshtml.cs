using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Financing;

/// <summary>
/// One loan for staff: where it stands today, the schedule, the payments as applied and the terms' history; recording
/// a payment, restructuring (confirmed first, the old terms kept) and writing off (confirmed first); the statement PDF.
/// </summary>
public sealed class LoanModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public PaymentForm Payment { get; set; } = new();
    [BindProperty] public RestructureForm Restructure { get; set; } = new();
    [BindProperty] public string? WriteOffReason { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public LoanDto Loan { get; private set; } = null!;
    public IReadOnlyList<ScheduleRowDto> Schedule { get; private set; } = [];
    public ConfirmDecisionModel? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Payment = new PaymentForm { ReceivedOn = clock.Today };
        Restructure = new RestructureForm
        {
            From = clock.Today,
            AnnualRatePercent = Loan.Terms.AnnualRatePercent,
            AmortizingMonths = Loan.Terms.AmortizingMonths,
            FirstDueOn = clock.Today.AddMonths(1),
        };
        return Page();
    }

    public async Task<IActionResult> OnGetStatementAsync()
    {
        var file = await FindAsync(new GetLoanStatementPdf(Id));
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostPaymentAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Payment.Amount is null)
        {
            ModelState.AddModelError("Payment.Amount", "Give the amount received.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, _) = await TrySendAsync(new RecordLoanPayment(Id, Payment.Amount!.Value, Payment.ReceivedOn ?? clock.Today), "Payment");
        if (!ok)
        {
            return Page();
        }

        Flash($"Payment of {Money.Format(Payment.Amount.Value)} recorded.");
        return Back();
    }

    public async Task<IActionResult> OnPostRestructureAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var r = Restructure;
        if (r.From is null || r.FirstDueOn is null || r.AnnualRatePercent is null || r.AmortizingMonths is null)
        {
            ModelState.AddModelError("", "Give the day the new terms start, the rate, the months and the first due date.");
        }

        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            ModelState.AddModelError("Restructure.Reason", "Say why the loan is restructured.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!Confirmed)
        {
            var c = CultureInfo.InvariantCulture;
            Confirm = new ConfirmDecisionModel($"Restructure {Loan.BorrowerName}'s loan?",
                [
                    $"From {r.From:MMM d, yyyy}, all that is owed that day is repaid at {r.AnnualRatePercent:0.##}% a year over {r.AmortizingMonths} months, first due {r.FirstDueOn:MMM d, yyyy}" +
                    $"{(r.GraceMonths > 0 ? $", after {r.GraceMonths} months' grace" : "")}{(r.InterestOnlyMonths > 0 ? $", {r.InterestOnlyMonths} months interest only" : "")}.",
                    "The current terms stay in the loan's history; the co-op's statement shows the new schedule.",
                ],
                "Yes, restructure", Url.Page("/Financing/Loan", new { id = Id })!, Url.Page("/Financing/Loan", "Restructure", new { id = Id })!,
                [
                    ConfirmDecisionModel.Field("Confirmed", "true"), ConfirmDecisionModel.Field("Version", Version?.ToString(c)),
                    ConfirmDecisionModel.Field("Restructure.From", r.From?.ToString("yyyy-MM-dd", c)),
                    ConfirmDecisionModel.Field("Restructure.AnnualRatePercent", r.AnnualRatePercent?.ToString(c)),
                    ConfirmDecisionModel.Field("Restructure.AmortizingMonths", r.AmortizingMonths?.ToString(c)),
                    ConfirmDecisionModel.Field("Restructure.FirstDueOn", r.FirstDueOn?.ToString("yyyy-MM-dd", c)),
                    ConfirmDecisionModel.Field("Restructure.GraceMonths", r.GraceMonths?.ToString(c)),
                    ConfirmDecisionModel.Field("Restructure.InterestOnlyMonths", r.InterestOnlyMonths?.ToString(c)),
                    ConfirmDecisionModel.Field("Restructure.Reason", r.Reason),
                ])
            {
                Serious = false,
                Details = [new("Reason", r.Reason!)],
            };
            return Page();
        }

        var (ok, _) = await TrySendAsync(new RestructureLoan(Id, Version!.Value, r.From!.Value, r.AnnualRatePercent!.Value, r.AmortizingMonths!.Value,
            r.FirstDueOn!.Value, r.GraceMonths ?? 0, r.InterestOnlyMonths ?? 0, r.Reason ?? ""), "Restructure");
        if (!ok)
        {
            return Page();
        }

        Flash("The loan is restructured; the earlier terms are kept in its history.");
        return Back();
    }

    public async Task<IActionResult> OnPostWriteOffAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(WriteOffReason))
        {
            ModelState.AddModelError(nameof(WriteOffReason), "Say why the loan is written off.");
            return Page();
        }

        if (!Confirmed)
        {
            Confirm = new ConfirmDecisionModel($"Write off {Loan.BorrowerName}'s loan?",
                [$"The {Money.Format(Loan.PrincipalOutstanding)} of principal not repaid becomes the fund's loss.", "A write-off cannot be undone."],
                "Yes, write it off", Url.Page("/Financing/Loan", new { id = Id })!, Url.Page("/Financing/Loan", "WriteOff", new { id = Id })!,
                [
                    ConfirmDecisionModel.Field("Confirmed", "true"), ConfirmDecisionModel.Field("Version", Version?.ToString(CultureInfo.InvariantCulture)),
                    ConfirmDecisionModel.Field(nameof(WriteOffReason), WriteOffReason),
                ])
            {
                Details = [new("Reason", WriteOffReason)],
            };
            return Page();
        }

        var (ok, _) = await TrySendAsync(new WriteOffLoan(Id, Version!.Value, WriteOffReason), "");
        if (!ok)
        {
            return Page();
        }

        Flash("The loan is written off.");
        return Back();
    }

    private RedirectToPageResult Back() => RedirectToPage("/Financing/Loan", new { id = Id });

    private async Task<bool> LoadAsync()
    {
        if (await FindAsync(new GetLoan(Id)) is not { } loan)
        {
            return false;
        }

        Loan = loan;
        Version ??= loan.Version;
        Schedule = await Mediator.Send(new GetLoanSchedule(Id), HttpContext.RequestAborted);
        return true;
    }
}

public sealed class PaymentForm
{
    [Display(Name = "Amount received")] public decimal? Amount { get; set; }
    [Display(Name = "Received on")] public DateOnly? ReceivedOn { get; set; }
}

public sealed class RestructureForm
{
    [Display(Name = "New terms from")] public DateOnly? From { get; set; }
    [Display(Name = "Yearly rate, %")] public decimal? AnnualRatePercent { get; set; }
    [Display(Name = "Months of repayment")] public int? AmortizingMonths { get; set; }
    [Display(Name = "First payment due")] public DateOnly? FirstDueOn { get; set; }
    [Display(Name = "Grace months")] public int? GraceMonths { get; set; }
    [Display(Name = "Interest-only months")] public int? InterestOnlyMonths { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
}
