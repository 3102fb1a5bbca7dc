using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>Staff record money received on a loan (partial, early, late or the payoff); it goes to interest fallen due, then principal.</summary>
[Authorize(Roles.Staff)]
public sealed record RecordLoanPayment(int Id, decimal Amount, DateOnly ReceivedOn) : ICommand<int>;

public sealed class RecordLoanPaymentValidator : AbstractValidator<RecordLoanPayment>
{
    public RecordLoanPaymentValidator(AllianceClock clock)
    {
        RuleFor(x => x.Amount).GreaterThan(0).WithMessage("A payment is more than $0.00.")
            .Must(a => a == decimal.Round(a, 2)).WithMessage("Give the amount in dollars and cents.");
        RuleFor(x => x.ReceivedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("Record a payment once it is received, not ahead.");
    }
}

public sealed class RecordLoanPaymentHandler(IAppDbContext db, LoanAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<RecordLoanPayment, int>
{
    public async Task<int> Handle(RecordLoanPayment request, CancellationToken cancellationToken)
    {
        var loan = await access.LoanAsync(request.Id, cancellationToken, tracking: true);
        var payment = loan.RecordPayment(request.ReceivedOn, request.Amount, user.AsActor(), clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return payment.Id;
    }
}
