using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// Staff set the priority, correct the category and set target dates (by default the SLA's for the priority,
/// counted from the day the request was sent). With an estimate of hours, a request that would pass the co-op's
/// hours bank is flagged for approval. The first triage moves a submitted request on; later ones update it.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record TriageAssistance : ICommand
{
    public int Id { get; init; }
    public Priority Priority { get; init; } = Priority.Normal;
    public AssistanceCategory Category { get; init; }
    public DateOnly? FirstResponseDueOn { get; init; }
    public DateOnly? ResolutionDueOn { get; init; }
    public decimal? EstimatedHours { get; init; }
    /// <summary>Shown in the request's timeline, which the co-op sees; staff-only notes go in an internal comment.</summary>
    public string? Note { get; init; }
    /// <summary>The version read; when given, a stale one is a conflict (409).</summary>
    public int? Version { get; init; }
}

public sealed class TriageAssistanceValidator : AbstractValidator<TriageAssistance>
{
    public TriageAssistanceValidator()
    {
        RuleFor(x => x.Priority).IsInEnum().WithMessage("Choose a priority.");
        RuleFor(x => x.Category).IsInEnum().WithMessage("Choose a category.");
        RuleFor(x => x.EstimatedHours).InclusiveBetween(0, 1000).WithMessage("Estimate between 0 and 1,000 hours.");
        RuleFor(x => x.ResolutionDueOn).GreaterThanOrEqualTo(x => x.FirstResponseDueOn)
            .When(x => x.FirstResponseDueOn is not null && x.ResolutionDueOn is not null)
            .WithMessage("The resolution target cannot be before the first-response target.");
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}

public sealed class TriageAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, AllianceClock clock,
    IOptions<AssistanceOptions> options, HoursBanks banks) : IRequestHandler<TriageAssistance, Unit>
{
    public async Task<Unit> Handle(TriageAssistance request, CancellationToken cancellationToken)
    {
        var ta = await access.GetAsync(db.AssistanceRequests, request.Id, cancellationToken);
        if (request.Version is { } version)
        {
            db.ExpectVersion(ta, version);
        }

        var o = options.Value;
        var now = clock.UtcNow;
        var sla = o.SlaPolicy().DueDates(request.Priority, clock.DateOf(ta.SubmittedAt));
        var due = new SlaDueDates(request.FirstResponseDueOn ?? sla.FirstResponseDueOn, request.ResolutionDueOn ?? sla.ResolutionDueOn);
        ta.Triage(request.Priority, request.Category, due, request.EstimatedHours, user.AsActor(), now, request.Note);

        if (request.EstimatedHours is { } estimate)
        {
            var bank = await banks.ForAsync(ta.CooperativeId, clock.DateOf(now), cancellationToken);
            // What is still expected: the estimate less the subsidized hours already logged (they are in the bank's "used").
            var logged = (await db.TimeEntries.Where(t => t.AssistanceRequestId == ta.Id && t.Billing == Billing.Subsidized)
                .Select(t => t.Hours).ToListAsync(cancellationToken)).Sum();
            HoursBanks.FlagIfBeyondBank(ta, bank, estimate - logged, user.AsActor(), now);
        }

        return Unit.Value;
    }
}
