using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Financing;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Financing;

public sealed record DecisionResult(bool Approved, ApplicationStatus Status);

/// <summary>
/// Closes the committee's vote: approved when most votes cast by members without a conflict are for (with at least
/// Financing:MinimumCommitteeVotes cast), with the terms; declined otherwise, with reasons the co-op reads.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record DecideLoanApplication(int Id, int Version, TermsDto? Terms, string? Reasons) : ICommand<DecisionResult>;

public sealed class DecideLoanApplicationValidator : AbstractValidator<DecideLoanApplication>
{
    public DecideLoanApplicationValidator() => RuleFor(x => x.Reasons).MaximumLength(4000);
}

public sealed class DecideLoanApplicationHandler(IAppDbContext db, LoanAccess access, ICurrentUser user, TimeProvider clock, IOptions<FinancingOptions> options)
    : IRequestHandler<DecideLoanApplication, DecisionResult>
{
    public async Task<DecisionResult> Handle(DecideLoanApplication request, CancellationToken cancellationToken)
    {
        var application = await access.ApplicationAsync(request.Id, cancellationToken, tracking: true);
        db.ExpectVersion(application, request.Version);
        var approved = application.Decide(new CommitteeRules(options.Value.MinimumCommitteeVotes), request.Terms?.ToTerms(), request.Reasons,
            user.AsActor(), clock.GetUtcNow());
        return new DecisionResult(approved, application.Status);
    }
}
