using CoopAlliance.Application.Financing;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyCoop.Loans;

/// <summary>
/// "Loans" for a rep (member or developing co-op): their co-op's applications to the solidarity loan fund with where
/// each stands, and their loans with what is owed; the way to apply. Lists hold the rep's own co-op's only.
/// </summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public LoanApplicant Applicant { get; private set; } = null!;
    public IReadOnlyList<ApplicationSummaryDto> Applications { get; private set; } = [];
    public IReadOnlyList<LoanSummaryDto> Loans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await LoanApplicant.FindAsync(User, Mediator, ct) is not { } applicant)
        {
            return RedirectToPage("/MyProject/Index");
        }

        Applicant = applicant;
        Applications = (await Mediator.Send(new ListLoanApplications(PageSize: 200), ct)).Items;
        Loans = await Mediator.Send(new ListLoans(), ct);
        return Page();
    }
}
