using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Plans;

/// <summary>What waits for the benefits administrator, counted: the staff benefits home page.</summary>
public sealed record BenefitsOverviewDto(int Carriers, int Plans, int OpenWindows, int ParticipationRequests, int ApprovedParticipations,
    int PendingLifeEvents, int PendingTerminations, DateOnly Today);

[Authorize(Roles.Staff)]
public sealed record GetBenefitsOverview : IRequest<BenefitsOverviewDto>;

public sealed class GetBenefitsOverviewHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetBenefitsOverview, BenefitsOverviewDto>
{
    public async Task<BenefitsOverviewDto> Handle(GetBenefitsOverview request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return new BenefitsOverviewDto(
            await db.Carriers.CountAsync(cancellationToken),
            await db.Plans.CountAsync(cancellationToken),
            await db.PlanYears.CountAsync(y => y.EnrollmentOpensOn <= today && today <= y.EnrollmentClosesOn, cancellationToken),
            await db.CoopParticipations.CountAsync(p => p.Status == ParticipationStatus.Requested, cancellationToken),
            await db.CoopParticipations.CountAsync(p => p.Status == ParticipationStatus.Approved, cancellationToken),
            await db.LifeEvents.CountAsync(e => e.Status == LifeEventStatus.Pending, cancellationToken),
            await db.CoverageTerminations.CountAsync(t => t.Status == TerminationStatus.Pending, cancellationToken),
            today);
    }
}
