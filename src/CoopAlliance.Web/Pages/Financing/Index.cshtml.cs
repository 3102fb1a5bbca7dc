using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Financing;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Financing;

/// <summary>
/// The loan fund's pipeline for staff (the committee): applications newest first, searched by applicant, filtered by
/// status, paged; CSV of everything the filters find.
/// </summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public const int PageSize = Paging.DefaultPageSize;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ApplicationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<ApplicationSummaryDto> List { get; private set; } = null!;

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        List = await Mediator.Send(new ListLoanApplications(Status, Q, Math.Max(1, PageNumber), PageSize), ct);
        if (List.Items.Count == 0 && List.Total > 0)
        {
            List = await Mediator.Send(new ListLoanApplications(Status, Q, List.PageCount, PageSize), ct);
        }
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var ct = HttpContext.RequestAborted;
        var csv = new CsvBuilder().Row("Id", "Applicant", "Kind", "Amount", "Term months", "Purpose", "Status", "Submitted", "Loan id");
        for (var page = 1; ; page++)
        {
            var list = await Mediator.Send(new ListLoanApplications(Status, Q, page, 200), ct);
            foreach (var a in list.Items)
            {
                csv.Row(a.Id, a.ApplicantName, a.CoopId is null ? "developing co-op" : "member co-op", a.Amount, a.TermMonths, a.Purpose,
                    FinancingText.Describe(a.Status), a.SubmittedAt, a.LoanId);
            }

            if (page >= list.PageCount)
            {
                break;
            }
        }

        return File(System.Text.Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "loan-applications.csv");
    }

    public string ListUrl(int? page = null, string? handler = null) =>
        Url.Page("/Financing/Index", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            status = Status,
            pageNumber = page is null or 1 ? null : page,
        })!;
}
