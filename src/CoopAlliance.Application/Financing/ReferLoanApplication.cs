using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Financing;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>Records that an application was sent on to a partner lender (by name), or what came of an earlier referral.</summary>
[Authorize(Roles.Staff)]
public sealed record ReferLoanApplication(int Id, string Lender, DateOnly? On = null, int? ReferralId = null, ReferralOutcome Outcome = ReferralOutcome.Pending, string? OutcomeNote = null)
    : ICommand<int>;

public sealed class ReferLoanApplicationValidator : AbstractValidator<ReferLoanApplication>
{
    public ReferLoanApplicationValidator()
    {
        RuleFor(x => x.Lender).NotEmpty().When(x => x.ReferralId is null).WithMessage("Name the partner lender.").MaximumLength(200);
        RuleFor(x => x.OutcomeNote).MaximumLength(1000);
    }
}

public sealed class ReferLoanApplicationHandler(IAppDbContext db, LoanAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<ReferLoanApplication, int>
{
    public async Task<int> Handle(ReferLoanApplication request, CancellationToken cancellationToken)
    {
        var application = await access.ApplicationAsync(request.Id, cancellationToken, tracking: true);
        var referral = request.ReferralId is { } id
            ? application.Referrals.FirstOrDefault(r => r.Id == id) ?? throw new Common.Exceptions.NotFoundException("Referral", id)
            : application.Refer(request.Lender, request.On ?? clock.Today, user.AsActor());
        if (request.ReferralId is not null || request.Outcome != ReferralOutcome.Pending)
        {
            referral.RecordOutcome(request.Outcome, request.OutcomeNote);
        }

        await db.SaveChangesAsync(cancellationToken);
        return referral.Id;
    }
}
