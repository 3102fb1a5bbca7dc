using CoopAlliance.Application.Financing;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyCoop.Loans;

/// <summary>
/// One of the co-op's loans for its rep: what is owed today, the repayment schedule of the terms in force, the payments
/// as applied, and the statement PDF (in the co-op's language). Another co-op's loan is not there (404).
/// </summary>
public sealed class LoanModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public LoanDto Loan { get; private set; } = null!;
    public IReadOnlyList<ScheduleRowDto> Schedule { get; private set; } = [];
    public LoanApplicant Applicant { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoanApplicant.FindAsync(User, Mediator, HttpContext.RequestAborted) is not { } applicant || await FindAsync(new GetLoan(Id)) is not { } loan)
        {
            return NotFound();
        }

        Applicant = applicant;
        Loan = loan;
        Schedule = await Mediator.Send(new GetLoanSchedule(Id), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetStatementAsync()
    {
        var file = await FindAsync(new GetLoanStatementPdf(Id));
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }
}
