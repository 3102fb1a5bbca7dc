using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Dues;

/// <summary>Staff add a dues policy; from its effective date it replaces the previous one of the same frequency.</summary>
[Authorize(Roles.Staff)]
public sealed record CreateDuesPolicy(string Name, DateOnly EffectiveFrom, BillingFrequency Frequency, int DueDays, decimal LaborHourValue,
    IReadOnlyList<TierInput> Tiers) : ICommand<int>, IDuesPolicyInput;

public sealed class CreateDuesPolicyValidator : AbstractValidator<CreateDuesPolicy>
{
    public CreateDuesPolicyValidator() => Include(new DuesPolicyInputValidator());
}

public sealed class CreateDuesPolicyHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<CreateDuesPolicy, int>
{
    public async Task<int> Handle(CreateDuesPolicy request, CancellationToken cancellationToken)
    {
        var policy = new DuesPolicy(request.Name, request.EffectiveFrom, request.Frequency, request.DueDays, request.LaborHourValue,
            request.Tiers.Select(t => t.ToTier()), clock.GetUtcNow());
        db.DuesPolicies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return policy.Id;
    }
}
