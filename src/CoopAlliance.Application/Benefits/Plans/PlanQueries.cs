using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Plans;

public sealed record CarrierDto(int Id, string Name, string X12ReceiverId, string? Email, bool HasBillMapping, int Version);

public sealed record EligibilityRulesDto(IReadOnlyList<MembershipStatus> Standings, IReadOnlyList<WorkerKind> WorkerKinds, decimal MinimumHoursPerWeek,
    int WaitingDays, IReadOnlyList<string> States, decimal MinimumParticipationPercent)
{
    public static EligibilityRulesDto From(EligibilityRules r) =>
        new(r.Standings, r.WorkerKinds, r.MinimumHoursPerWeek, r.WaitingDays, r.States, r.MinimumParticipationPercent);

    /// <summary>The domain's rules; a list left out of a request is empty (no states: the carrier covers every state).</summary>
    public EligibilityRules ToRules() =>
        new(Standings ?? [], WorkerKinds ?? [], MinimumHoursPerWeek, WaitingDays, States ?? [], MinimumParticipationPercent);
}

public sealed record TierRateDto(CoverageTier Tier, string TierName, decimal MonthlyPremium);

public sealed record PlanYearDto(int Id, DateOnly StartsOn, DateOnly EndsOn, DateOnly EnrollmentOpensOn, DateOnly EnrollmentClosesOn, bool WindowOpen,
    IReadOnlyList<TierRateDto> Rates);

public sealed record PlanDto(int Id, string Name, PlanKind Kind, int CarrierId, string CarrierName, string PlanCode, EligibilityRulesDto Rules,
    int LifeEventDays, string? ContributionRule, bool HasTiers, int Version, IReadOnlyList<PlanYearDto> Years)
{
    internal static PlanDto From(Plan p, string carrierName, DateOnly today) =>
        new(p.Id, p.Name, p.Kind, p.CarrierId, carrierName, p.PlanCode, EligibilityRulesDto.From(p.Rules), p.LifeEventDays, p.ContributionRule,
            p.HasTiers, p.Version, p.Years.OrderByDescending(y => y.StartsOn).Select(y => new PlanYearDto(y.Id, y.StartsOn, y.EndsOn, y.EnrollmentOpensOn,
                y.EnrollmentClosesOn, y.IsWindowOpen(today), y.Rates.Select(r => new TierRateDto(r.Tier, r.Tier.Describe(), r.MonthlyPremium)).ToList())).ToList());
}

/// <summary>Every carrier (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ListCarriers : IRequest<IReadOnlyList<CarrierDto>>;

public sealed class ListCarriersHandler(IAppDbContext db) : IRequestHandler<ListCarriers, IReadOnlyList<CarrierDto>>
{
    public async Task<IReadOnlyList<CarrierDto>> Handle(ListCarriers request, CancellationToken cancellationToken) =>
        await db.Carriers.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new CarrierDto(c.Id, c.Name, c.X12ReceiverId, c.Email, c.BillMappingJson != null, c.Version)).ToListAsync(cancellationToken);
}

/// <summary>The group plans the alliance offers, with their years and prices: anyone signed in may see what is on offer.</summary>
[AnySignedInUser]
public sealed record ListPlans : IRequest<IReadOnlyList<PlanDto>>;

public sealed class ListPlansHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<ListPlans, IReadOnlyList<PlanDto>>
{
    public async Task<IReadOnlyList<PlanDto>> Handle(ListPlans request, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Include(p => p.Years).OrderBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        var carriers = await db.Carriers.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return plans.Select(p => PlanDto.From(p, carriers[p.CarrierId], clock.Today)).ToList();
    }
}

[AnySignedInUser]
public sealed record GetPlan(int Id) : IRequest<PlanDto>;

public sealed class GetPlanHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetPlan, PlanDto>
{
    public async Task<PlanDto> Handle(GetPlan request, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Years).FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                   ?? throw new NotFoundException("Plan", request.Id);
        var carrier = await db.Carriers.AsNoTracking().Where(c => c.Id == plan.CarrierId).Select(c => c.Name).FirstAsync(cancellationToken);
        return PlanDto.From(plan, carrier, clock.Today);
    }
}
