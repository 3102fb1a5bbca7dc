using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Financing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Financing;

/// <summary>
/// A rep applies for a loan for their co-op (member or developing); staff may enter one for either. The application
/// starts at intake; business plan and financial statements are attached to it.
/// </summary>
[AnySignedInUser]
public sealed record SubmitLoanApplication(int? CoopId, int? DevelopingCoopId, decimal Amount, string Purpose, int TermMonths) : ICommand<int>;

public sealed class SubmitLoanApplicationValidator : AbstractValidator<SubmitLoanApplication>
{
    public SubmitLoanApplicationValidator()
    {
        RuleFor(x => x.CoopId).NotNull().When(x => x.DevelopingCoopId is null).WithMessage("Say which co-op applies.");
        RuleFor(x => x.DevelopingCoopId).Null().When(x => x.CoopId is not null).WithMessage("An application is made by one co-op.");
        RuleFor(x => x.Amount).GreaterThan(0).WithMessage("Ask for an amount above $0.00.")
            .Must(a => a == decimal.Round(a, 2)).WithMessage("Give the amount in dollars and cents.");
        RuleFor(x => x.Purpose).NotEmpty().WithMessage("Say what the loan is for.").MaximumLength(2000);
        RuleFor(x => x.TermMonths).InclusiveBetween(1, LoanTerms.MaxMonths).WithMessage($"A loan is repaid over 1 to {LoanTerms.MaxMonths} months.");
    }
}

public sealed class SubmitLoanApplicationHandler(IAppDbContext db, ICurrentUser user, CoopAccess coops, MentoringAccess mentoring, TimeProvider clock)
    : IRequestHandler<SubmitLoanApplication, int>
{
    public async Task<int> Handle(SubmitLoanApplication request, CancellationToken cancellationToken)
    {
        string name;
        if (request.CoopId is { } coopId)
        {
            var coop = await coops.GetAsync(db.Cooperatives.AsNoTracking(), coopId, cancellationToken);
            name = coop.DisplayName;
        }
        else
        {
            var id = request.DevelopingCoopId!.Value;
            name = await mentoring.VisibleCoops(db.DevelopingCoops).Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
                   ?? throw new NotFoundException("Developing co-op", id);
        }

        if (!user.IsInRole(Roles.Staff) && !user.IsInRole(Roles.CoopRep))
        {
            throw new ValidationException(nameof(SubmitLoanApplication.CoopId), "Only a co-op's representative applies for its loan.");
        }

        var application = new LoanApplication(request.CoopId, request.DevelopingCoopId, name, request.Amount, request.Purpose, request.TermMonths,
            user.AsActor(), clock.GetUtcNow());
        db.LoanApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application.Id;
    }
}
