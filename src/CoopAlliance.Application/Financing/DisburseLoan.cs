using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>
/// Pays an approved loan out of the fund on a day (today by default): the loan is made with the approved terms. Refused
/// when the fund's cash available (derived from its rows) is less than the amount.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record DisburseLoan(int Id, DateOnly? On = null) : ICommand<int>;

public sealed class DisburseLoanHandler(IAppDbContext db, LoanAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<DisburseLoan, int>
{
    public async Task<int> Handle(DisburseLoan request, CancellationToken cancellationToken)
    {
        var application = await access.ApplicationAsync(request.Id, cancellationToken, tracking: true);
        var on = request.On ?? clock.Today;
        if (on > clock.Today)
        {
            throw new Common.Exceptions.ValidationException(nameof(DisburseLoan.On), "Record a disbursement on the day the money went out, not ahead.");
        }

        var (fund, _) = await Fund.LoadAsync(db, clock.Today, cancellationToken);
        var loan = application.Disburse(on, fund.CashAvailable, user.AsActor(), clock.UtcNow);
        db.Loans.Add(loan);
        await db.SaveChangesAsync(cancellationToken);
        return loan.Id;
    }
}
