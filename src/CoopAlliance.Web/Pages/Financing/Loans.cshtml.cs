using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Financing;
using MediatR;

namespace CoopAlliance.Web.Pages.Financing;

/// <summary>The fund's loans with where each stands today (arrears first among those repaying), filtered by status.</summary>
public sealed class LoansModel(IMediator mediator) : AppPageModel(mediator)
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public LoanStatus? Status { get; set; }

    public IReadOnlyList<LoanSummaryDto> Loans { get; private set; } = [];

    public async Task OnGetAsync() =>
        Loans = (await Mediator.Send(new ListLoans(Status), HttpContext.RequestAborted))
            .OrderByDescending(l => l.Arrears > 0).ThenByDescending(l => l.DisbursedOn).ToList();
}
