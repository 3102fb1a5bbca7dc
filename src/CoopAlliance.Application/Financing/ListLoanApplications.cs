using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Financing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Financing;

/// <summary>The pipeline (staff), or a rep's own co-op's applications; newest first, filtered by status and applicant name.</summary>
[AnySignedInUser]
public sealed record ListLoanApplications(ApplicationStatus? Status = null, string? Search = null, int Page = 1, int PageSize = 50)
    : IRequest<PagedList<ApplicationSummaryDto>>;

public sealed class ListLoanApplicationsHandler(IAppDbContext db, LoanAccess access) : IRequestHandler<ListLoanApplications, PagedList<ApplicationSummaryDto>>
{
    public async Task<PagedList<ApplicationSummaryDto>> Handle(ListLoanApplications request, CancellationToken cancellationToken)
    {
        var query = access.Visible(db.LoanApplications).AsNoTracking();
        if (request.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var term = request.Search.Trim();
            query = query.Where(a => a.ApplicantName.Contains(term));
        }

        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new ApplicationSummaryDto(a.Id, a.CooperativeId, a.DevelopingCoopId, a.ApplicantName, a.Amount, a.Purpose, a.TermMonths, a.Status,
                a.SubmittedAt, db.Loans.Where(l => l.LoanApplicationId == a.Id).Select(l => (int?)l.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new PagedList<ApplicationSummaryDto>(items, total, page, size);
    }
}
