using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Financing;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>Records money put into the fund: a member's pledge, a grant, or an investor note with its terms.</summary>
[Authorize(Roles.Staff)]
public sealed record AddFundContribution(ContributionKind Kind, string Source, decimal Amount, DateOnly ReceivedOn, string? NoteTerms) : ICommand<int>;

public sealed class AddFundContributionValidator : AbstractValidator<AddFundContribution>
{
    public AddFundContributionValidator(AllianceClock clock)
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Source).NotEmpty().WithMessage("Say who contributed.").MaximumLength(200);
        RuleFor(x => x.Amount).GreaterThan(0).WithMessage("A contribution is more than $0.00.")
            .Must(a => a == decimal.Round(a, 2)).WithMessage("Give the amount in dollars and cents.");
        RuleFor(x => x.ReceivedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("Record a contribution once it is received.");
        RuleFor(x => x.NoteTerms).NotEmpty().When(x => x.Kind == ContributionKind.InvestorNote)
            .WithMessage("An investor note has its terms (rate, term, repayment).").MaximumLength(2000);
    }
}

public sealed class AddFundContributionHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<AddFundContribution, int>
{
    public async Task<int> Handle(AddFundContribution request, CancellationToken cancellationToken)
    {
        var contribution = new FundContribution(request.Kind, request.Source, request.Amount, request.ReceivedOn, request.NoteTerms, user.AsActor(), clock.UtcNow);
        db.FundContributions.Add(contribution);
        await db.SaveChangesAsync(cancellationToken);
        return contribution.Id;
    }
}
