using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>A loan as it stands today: terms and their history, payments as applied, arrears and payoff (the borrower's own, or any for staff).</summary>
[AnySignedInUser]
public sealed record GetLoan(int Id) : IRequest<LoanDto>;

public sealed class GetLoanHandler(LoanAccess access, AllianceClock clock) : IRequestHandler<GetLoan, LoanDto>
{
    public async Task<LoanDto> Handle(GetLoan request, CancellationToken cancellationToken) =>
        LoanDto.Of(await access.LoanAsync(request.Id, cancellationToken), clock.Today);
}
