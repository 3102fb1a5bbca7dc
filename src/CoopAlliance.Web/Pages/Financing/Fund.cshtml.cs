using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Financing;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Financing;

/// <summary>
/// The fund for the committee: its figures today (derived from its rows, never stored), loans outstanding by status,
/// the capital contributions and recording one, and the fund report PDF.
/// </summary>
public sealed class FundModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty] public ContributionForm Input { get; set; } = new();

    public FundDto Fund { get; private set; } = null!;
    public IReadOnlyList<ContributionDto> Contributions { get; private set; } = [];
    public IReadOnlyList<(LoanStatus Status, int Count, decimal Outstanding, decimal Arrears)> ByStatus { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input = new ContributionForm { ReceivedOn = clock.Today };
        await LoadAsync();
    }

    public async Task<IActionResult> OnGetReportAsync()
    {
        var file = await Mediator.Send(new GetFundReportPdf(), HttpContext.RequestAborted);
        return File(file.Content, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Amount is null)
        {
            ModelState.AddModelError("Input.Amount", "Give the amount received.");
        }

        if (ModelState.IsValid)
        {
            var (ok, _) = await TrySendAsync(new AddFundContribution(Input.Kind, Input.Source ?? "", Input.Amount!.Value, Input.ReceivedOn ?? clock.Today,
                string.IsNullOrWhiteSpace(Input.NoteTerms) ? null : Input.NoteTerms));
            if (ok)
            {
                Flash($"{Money.Format(Input.Amount.Value)} from {Input.Source} recorded.");
                return RedirectToPage();
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Fund = await Mediator.Send(new GetFund(), ct);
        Contributions = await Mediator.Send(new ListFundContributions(), ct);
        var loans = await Mediator.Send(new ListLoans(), ct);
        ByStatus = Enum.GetValues<LoanStatus>()
            .Select(s => (s, loans.Count(l => l.Status == s), loans.Where(l => l.Status == s).Sum(l => l.PrincipalOutstanding),
                loans.Where(l => l.Status == s).Sum(l => l.Arrears)))
            .ToList();
    }
}

public sealed class ContributionForm
{
    [Display(Name = "Kind")] public ContributionKind Kind { get; set; } = ContributionKind.Pledge;
    [Display(Name = "From")] public string? Source { get; set; }
    [Display(Name = "Amount")] public decimal? Amount { get; set; }
    [Display(Name = "Received on")] public DateOnly? ReceivedOn { get; set; }
    [Display(Name = "Investor note's terms")] public string? NoteTerms { get; set; }
}
