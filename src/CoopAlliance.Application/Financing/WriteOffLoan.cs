using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>The committee gives up on a loan: the principal that has not come back becomes the fund's loss, with the reason.</summary>
[Authorize(Roles.Staff)]
public sealed record WriteOffLoan(int Id, int Version, string Reason, DateOnly? On = null) : ICommand;

public sealed class WriteOffLoanValidator : AbstractValidator<WriteOffLoan>
{
    public WriteOffLoanValidator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the loan is written off.").MaximumLength(2000);
}

public sealed class WriteOffLoanHandler(IAppDbContext db, LoanAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<WriteOffLoan, Unit>
{
    public async Task<Unit> Handle(WriteOffLoan request, CancellationToken cancellationToken)
    {
        var loan = await access.LoanAsync(request.Id, cancellationToken, tracking: true);
        db.ExpectVersion(loan, request.Version);
        loan.WriteOff(request.On ?? clock.Today, request.Reason, user.AsActor());
        return Unit.Value;
    }
}
