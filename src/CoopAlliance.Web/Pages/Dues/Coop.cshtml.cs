using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>One co-op's dues for staff: balance, ledger, invoices, hardship reductions, labor credits and self-reports.</summary>
public sealed class CoopModel(IMediator mediator, AllianceClock clock, IValidator<RecordLaborCredit> laborRules, IValidator<GrantHardship> hardshipRules)
    : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public HardshipInput Hardship { get; set; } = new();
    [BindProperty] public LaborInput Labor { get; set; } = new();

    public DuesAccountDto Account { get; private set; } = null!;
    public LedgerDto Ledger { get; private set; } = null!;
    public IReadOnlyList<HardshipDto> Hardships { get; private set; } = [];
    public IReadOnlyList<SelfReportDto> Reports { get; private set; } = [];
    public bool ConfirmingLabor { get; private set; }
    public bool ConfirmingHardship { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var today = clock.Today;
        Labor.On = today;
        Hardship.From = new DateOnly(today.Year, today.Month, 1);
        Hardship.To = Hardship.From.Value.AddYears(1).AddDays(-1);
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetLedgerAsync()
    {
        var csv = await FindAsync(new ExportCoopLedger(Id));
        return csv is null ? NotFound() : File(System.Text.Encoding.UTF8.GetBytes(csv.Content), "text/csv", csv.FileName);
    }

    public async Task<IActionResult> OnPostHardshipAsync()
    {
        var grant = new GrantHardship(Id, Hardship.Kind, Hardship.Value ?? 0, Hardship.From ?? default, Hardship.To ?? default, Hardship.Reason ?? "");
        if (!Hardship.Confirmed)
        {
            // An approved reduction lowers every invoice of its periods and cannot be withdrawn: ask once the figures are right.
            var check = await hardshipRules.ValidateAsync(grant, HttpContext.RequestAborted);
            foreach (var failure in check.Errors)
            {
                ModelState.AddModelError($"Hardship.{failure.PropertyName}", failure.ErrorMessage);
            }

            ConfirmingHardship = check.IsValid && ModelState.IsValid;
            return await LoadAsync() ? Page() : NotFound();
        }

        var (ok, _) = await TrySendAsync(grant, "Hardship");
        if (ok)
        {
            Flash("Hardship reduction approved; it applies to invoices of the periods it covers from the next run.");
            return RedirectToPage("/Dues/Coop", new { id = Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostLaborAsync()
    {
        var credit = new RecordLaborCredit(Id, Labor.Hours ?? 0, Labor.On ?? default, Labor.Description ?? "");
        if (!Labor.Confirmed)
        {
            // A labor credit is money off the co-op's balance and cannot be taken back: ask once the figures are right.
            var check = await laborRules.ValidateAsync(credit, HttpContext.RequestAborted);
            foreach (var failure in check.Errors)
            {
                ModelState.AddModelError($"Labor.{failure.PropertyName}", failure.ErrorMessage);
            }

            ConfirmingLabor = check.IsValid && ModelState.IsValid;
            return await LoadAsync() ? Page() : NotFound();
        }

        var (ok, _) = await TrySendAsync(credit, "Labor");
        if (ok)
        {
            Flash($"Labor credit for {Labor.Hours:0.##} hours recorded.");
            return RedirectToPage("/Dues/Coop", new { id = Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var account = await FindAsync(new GetDuesAccount(Id));
        if (account is null)
        {
            return false;
        }

        Account = account;
        Ledger = await Mediator.Send(new GetCoopLedger(Id), HttpContext.RequestAborted);
        Hardships = await Mediator.Send(new ListHardships(Id), HttpContext.RequestAborted);
        Reports = await Mediator.Send(new ListSelfReports(Id), HttpContext.RequestAborted);
        return true;
    }

    public sealed class HardshipInput
    {
        [Display(Name = "Kind")] public HardshipKind Kind { get; set; } = HardshipKind.Percentage;
        [Display(Name = "Percentage or amount off each invoice")] public decimal? Value { get; set; }
        [Display(Name = "From")] public DateOnly? From { get; set; }
        [Display(Name = "To")] public DateOnly? To { get; set; }
        [Display(Name = "Reason")] public string? Reason { get; set; }
        public bool Confirmed { get; set; }
    }

    public sealed class LaborInput
    {
        [Display(Name = "Hours")] public decimal? Hours { get; set; }
        [Display(Name = "Worked on")] public DateOnly? On { get; set; }
        [Display(Name = "What was done")] public string? Description { get; set; }
        public bool Confirmed { get; set; }
    }
}
