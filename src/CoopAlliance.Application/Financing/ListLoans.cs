using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Financing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Financing;

/// <summary>Loans with where each stands today (all for staff; a rep's own co-op's), filtered by status.</summary>
[AnySignedInUser]
public sealed record ListLoans(LoanStatus? Status = null) : IRequest<IReadOnlyList<LoanSummaryDto>>;

public sealed class ListLoansHandler(IAppDbContext db, LoanAccess access, AllianceClock clock) : IRequestHandler<ListLoans, IReadOnlyList<LoanSummaryDto>>
{
    public async Task<IReadOnlyList<LoanSummaryDto>> Handle(ListLoans request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var loans = await access.Visible(db.Loans).AsNoTracking().Include(l => l.TermsHistory).Include(l => l.Payments)
            .OrderByDescending(l => l.DisbursedOn).ToListAsync(cancellationToken);
        return loans.Select(l => (Loan: l, Position: l.Position(today), Status: l.Status(today)))
            .Where(x => request.Status is null || x.Status == request.Status)
            .Select(x => new LoanSummaryDto(x.Loan.Id, x.Loan.CooperativeId, x.Loan.DevelopingCoopId, x.Loan.BorrowerName, x.Loan.Principal, x.Loan.DisbursedOn,
                x.Status, x.Status == LoanStatus.WrittenOff ? 0 : x.Position.PrincipalOutstanding, x.Status == LoanStatus.WrittenOff ? 0 : x.Position.Arrears))
            .ToList();
    }
}
