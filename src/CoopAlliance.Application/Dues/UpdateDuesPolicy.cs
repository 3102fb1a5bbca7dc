using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Staff revise a policy (send the version you read). Invoices already issued keep the lines they were issued with;
/// only later runs use the revision.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record UpdateDuesPolicy(int Id, int Version, string Name, DateOnly EffectiveFrom, BillingFrequency Frequency, int DueDays,
    decimal LaborHourValue, IReadOnlyList<TierInput> Tiers) : ICommand, IDuesPolicyInput;

public sealed class UpdateDuesPolicyValidator : AbstractValidator<UpdateDuesPolicy>
{
    public UpdateDuesPolicyValidator() => Include(new DuesPolicyInputValidator());
}

public sealed class UpdateDuesPolicyHandler(IAppDbContext db) : IRequestHandler<UpdateDuesPolicy, Unit>
{
    public async Task<Unit> Handle(UpdateDuesPolicy request, CancellationToken cancellationToken)
    {
        var policy = await db.DuesPolicies.FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Dues policy", request.Id);
        db.ExpectVersion(policy, request.Version);
        policy.Revise(request.Name, request.EffectiveFrom, request.Frequency, request.DueDays, request.LaborHourValue, request.Tiers.Select(t => t.ToTier()));
        return Unit.Value;
    }
}
