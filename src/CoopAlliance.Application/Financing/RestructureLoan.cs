using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>New terms from a day: the principal is all that is owed that day; the old terms stay in the loan's history.</summary>
[Authorize(Roles.Staff)]
public sealed record RestructureLoan(int Id, int Version, DateOnly From, decimal AnnualRatePercent, int AmortizingMonths, DateOnly FirstDueOn,
    int GraceMonths, int InterestOnlyMonths, string Reason) : ICommand;

public sealed class RestructureLoanValidator : AbstractValidator<RestructureLoan>
{
    public RestructureLoanValidator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the loan is restructured.").MaximumLength(2000);
}

public sealed class RestructureLoanHandler(IAppDbContext db, LoanAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<RestructureLoan, Unit>
{
    public async Task<Unit> Handle(RestructureLoan request, CancellationToken cancellationToken)
    {
        var loan = await access.LoanAsync(request.Id, cancellationToken, tracking: true);
        db.ExpectVersion(loan, request.Version);
        loan.Restructure(request.From, request.AnnualRatePercent, request.AmortizingMonths, request.FirstDueOn, request.GraceMonths, request.InterestOnlyMonths,
            request.Reason, user.AsActor(), clock.UtcNow);
        return Unit.Value;
    }
}
