using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Financing;

/// <summary>One application with its checklist, decision and documents; the committee's votes and referrals for staff only.</summary>
[AnySignedInUser]
public sealed record GetLoanApplication(int Id) : IRequest<ApplicationDto>;

public sealed class GetLoanApplicationHandler(IAppDbContext db, LoanAccess access) : IRequestHandler<GetLoanApplication, ApplicationDto>
{
    public async Task<ApplicationDto> Handle(GetLoanApplication request, CancellationToken cancellationToken)
    {
        var application = await access.ApplicationAsync(request.Id, cancellationToken);
        var loanId = await db.Loans.Where(l => l.LoanApplicationId == application.Id).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
        return ApplicationDto.Of(application, loanId, access.IsStaff);
    }
}
