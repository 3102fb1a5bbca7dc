using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// Staff log a provider's hours on a request (by default the assigned provider, billed as the provider is).
/// Subsidized hours count against the co-op's hours bank for the fiscal year of the day worked; hours that
/// would pass it are still recorded, and the request is flagged for staff approval.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record LogTime : ICommand<int>
{
    public int Id { get; init; }
    public int? ProviderId { get; init; }
    public DateOnly WorkedOn { get; init; }
    public decimal Hours { get; init; }
    public string? Note { get; init; }
    public Billing? Billing { get; init; }
}

public sealed class LogTimeValidator : AbstractValidator<LogTime>
{
    public LogTimeValidator()
    {
        RuleFor(x => x.Hours).GreaterThan(0).WithMessage("Enter the hours worked.").LessThanOrEqualTo(24).WithMessage("At most 24 hours for one day.");
        RuleFor(x => x.WorkedOn).NotEmpty().WithMessage("Enter the day worked.");
        RuleFor(x => x.Billing).IsInEnum();
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class LogTimeHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock, HoursBanks banks)
    : IRequestHandler<LogTime, int>
{
    public async Task<int> Handle(LogTime request, CancellationToken cancellationToken)
    {
        var ta = await access.GetAsync(db.AssistanceRequests, request.Id, cancellationToken);
        var providerId = request.ProviderId ?? ta.ProviderId
                         ?? throw new Common.Exceptions.ValidationException(nameof(request.ProviderId), "Choose the provider who did the work.");
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken)
                       ?? throw new NotFoundException("Provider", providerId);
        var billing = request.Billing ?? provider.Billing;
        var now = clock.GetUtcNow();

        if (billing == Billing.Subsidized)
        {
            var bank = await banks.ForAsync(ta.CooperativeId, request.WorkedOn, cancellationToken);
            HoursBanks.FlagIfBeyondBank(ta, bank, request.Hours, user.AsActor(), now);
        }

        var entry = ta.LogTime(provider, request.WorkedOn, request.Hours, request.Note, billing, user.AsActor(), now);
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }
}
