using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Impact;

/// <summary>
/// One headline figure for the public: <see cref="Value"/> is null when the count is below the threshold, and the page
/// says "fewer than <see cref="Threshold"/>" instead, so no figure is small enough to point at one co-op's workers.
/// </summary>
public sealed record PublicFigure(string Name, string Label, int? Value, int Threshold)
{
    public bool Suppressed => Value is null;

    /// <summary>The count as published: itself at or above the threshold, nothing below it (zero included).</summary>
    public static PublicFigure Of(string name, string label, decimal count, int threshold)
    {
        var rounded = (int)Math.Round(count, MidpointRounding.AwayFromZero);
        return new PublicFigure(name, label, rounded >= threshold ? rounded : null, threshold);
    }
}

public sealed record PublicImpact(int Year, IReadOnlyList<PublicFigure> Figures);

/// <summary>
/// The headline figures of the last closed year for the public impact page (anyone): aggregates only, no money, no
/// names, and every count below the configured threshold suppressed.
/// </summary>
[PublicRequest]
public sealed record GetPublicImpact : IRequest<PublicImpact>;

public sealed class GetPublicImpactHandler(IAppDbContext db, AllianceClock clock, IOptions<ImpactOptions> options) : IRequestHandler<GetPublicImpact, PublicImpact>
{
    public async Task<PublicImpact> Handle(GetPublicImpact request, CancellationToken cancellationToken)
    {
        var year = clock.Today.Year - 1;
        var f = await ImpactData.LoadAsync(db, clock, ImpactData.FirstDay(year), ImpactData.LastDay(year), cancellationToken);
        var threshold = Math.Max(1, options.Value.SuppressBelow);
        PublicFigure Figure(string name, string label, decimal value) => PublicFigure.Of(name, label, value, threshold);
        return new PublicImpact(year,
        [
            Figure("memberCoops", "Member co-ops", f.MemberCoops),
            Figure("workerOwners", "Worker-owners", f.WorkerOwners),
            Figure("workers", "Workers at member co-ops", f.Workers),
            Figure("jobsCreated", "Jobs created", f.JobsCreated),
            Figure("newCoopsLaunched", "New co-ops launched", f.NewCoopsLaunched),
            Figure("conversionsCompleted", "Businesses converted to worker ownership", f.ConversionsCompleted),
            Figure("assistanceHours", "Hours of technical assistance", f.AssistanceHours),
            Figure("mentoringSessions", "Mentoring sessions", f.MentoringSessions),
            Figure("loansDisbursed", "Loans to co-ops", f.LoansDisbursed),
            Figure("workersCoveredByBenefits", "Workers covered by group benefits", f.WorkersCoveredByBenefits),
            Figure("eventAttendance", "People at our events", f.EventAttendance),
            Figure("commitmentsKept", "Commitments kept", f.CommitmentsKept),
            Figure("interCoopTies", "Trading ties between co-ops", f.InterCoopTies),
        ]);
    }
}
