using System.Globalization;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Benefits;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Elections;

/// <summary>Where a worker stands in a plan year.</summary>
public enum ElectionStatus
{
    Missing = 1,
    Enrolled = 2,
    Waived = 3,
    Ended = 4,
}

/// <summary>One worker in one plan year: the election in force today (or the latest, for a year not started), and what it costs.</summary>
public sealed record WorkerElectionDto(int MemberId, string Name, ElectionStatus Status, int? ElectionId, CoverageTier? Tier, string? TierName,
    IReadOnlyList<string> Dependents, DateOnly? EffectiveOn, DateOnly? EndsOn, WaiveReason? WaiveReason, decimal Premium, decimal CoopShare,
    decimal WorkerShare, int Changes);

public sealed record TierOfferDto(CoverageTier Tier, string Name, decimal MonthlyPremium, decimal CoopShare, decimal WorkerShare);

/// <summary>A plan year the co-op takes part in (approved), with each roster worker's election.</summary>
public sealed record CoopPlanYearDto(int PlanYearId, int PlanId, string PlanName, PlanKind PlanKind, bool HasTiers, DateOnly StartsOn, DateOnly EndsOn,
    DateOnly EnrollmentOpensOn, DateOnly EnrollmentClosesOn, bool WindowOpen, bool InForceToday, string? GroupNumber, string Contribution,
    DateOnly DefaultEffectiveOn, IReadOnlyList<TierOfferDto> Tiers, IReadOnlyList<WorkerElectionDto> Workers, int MissingCount, decimal CoopMonthlyTotal);

/// <summary>
/// A co-op's benefits as of today: the plan years it takes part in, each worker enrolled, waived or not yet decided with
/// tier and monthly share, and what the co-op pays each month for coverage in force today.
/// </summary>
public sealed record CoopBenefitsDto(int CoopId, string CoopName, DateOnly Today, IReadOnlyList<CoopPlanYearDto> PlanYears,
    IReadOnlyList<BenefitMemberDto> Members, decimal CoopMonthlyTotalToday, int MissingCount);

[AnySignedInUser]
public sealed record GetCoopBenefits(int CoopId) : IRequest<CoopBenefitsDto>;

public sealed class GetCoopBenefitsHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<GetCoopBenefits, CoopBenefitsDto>
{
    public async Task<CoopBenefitsDto> Handle(GetCoopBenefits request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var today = clock.Today;
        var participations = await db.CoopParticipations.AsNoTracking()
            .Where(p => p.CooperativeId == coop.Id && p.Status == ParticipationStatus.Approved).ToListAsync(cancellationToken);
        var yearIds = participations.Select(p => p.PlanYearId).ToList();
        var years = await db.PlanYears.AsNoTracking().Include(y => y.Plan).Where(y => yearIds.Contains(y.Id) && y.EndsOn >= today)
            .ToListAsync(cancellationToken);
        var members = await db.BenefitMembers.AsNoTracking().Include(m => m.Dependents)
            .Where(m => m.CooperativeId == coop.Id && m.LeftRosterOn == null).OrderBy(m => m.LastName).ThenBy(m => m.FirstName)
            .ToListAsync(cancellationToken);
        var elections = await db.Elections.AsNoTracking().Where(e => e.CooperativeId == coop.Id && yearIds.Contains(e.PlanYearId))
            .ToListAsync(cancellationToken);

        var result = new List<CoopPlanYearDto>();
        foreach (var year in years.OrderBy(y => y.StartsOn).ThenBy(y => y.Plan.Name))
        {
            var participation = participations.First(p => p.PlanYearId == year.Id);
            var workers = members.Select(m => Worker(m, year, participation, elections.Where(e => e.PlanYearId == year.Id && e.MemberId == m.Id).ToList(), today))
                .ToList();
            var tiers = year.Rates.Select(r =>
            {
                var split = participation.Split(r.MonthlyPremium, r.Tier);
                return new TierOfferDto(r.Tier, r.Tier.Describe(), r.MonthlyPremium, split.CoopShare, split.WorkerShare);
            }).ToList();
            var defaultFrom = year.IsWindowOpen(today) || today < year.StartsOn ? Max(year.StartsOn, participation.From) : Max(Eligibility.FirstOfNextMonth(today), participation.From);
            result.Add(new CoopPlanYearDto(year.Id, year.PlanId, year.Plan.Name, year.Plan.Kind, year.Plan.HasTiers, year.StartsOn, year.EndsOn,
                year.EnrollmentOpensOn, year.EnrollmentClosesOn, year.IsWindowOpen(today), year.Covers(today), participation.GroupNumber,
                Contribution(participation, year.Plan), defaultFrom, tiers, workers, workers.Count(w => w.Status == ElectionStatus.Missing),
                workers.Sum(w => w.CoopShare)));
        }

        return new CoopBenefitsDto(coop.Id, coop.DisplayName, today, result, members.Select(BenefitMemberMapping.ToDto).ToList(),
            result.Where(y => y.InForceToday).Sum(y => y.CoopMonthlyTotal), result.Sum(y => y.MissingCount));
    }

    private static WorkerElectionDto Worker(BenefitMember member, PlanYear year, CoopParticipation participation, IReadOnlyList<Election> history,
        DateOnly today)
    {
        var election = Election.InForceOn(history, today) ?? Election.Latest(history);
        if (election is null)
        {
            return new WorkerElectionDto(member.Id, member.FullName, ElectionStatus.Missing, null, null, null, [], null, null, null, 0, 0, 0, 0);
        }

        var ended = election.EndsOn is { } end && end < Max(today, year.StartsOn);
        var status = !election.IsEnrolled ? ElectionStatus.Waived : ended ? ElectionStatus.Ended : ElectionStatus.Enrolled;
        var names = member.Dependents.Where(d => election.DependentIds.Contains(d.Id)).Select(d => d.FullName).ToList();
        var split = status == ElectionStatus.Enrolled && election.Tier is { } tier && year.Offers(tier)
            ? participation.Split(year.PremiumFor(tier), tier)
            : new PremiumSplit(0, 0, 0);
        return new WorkerElectionDto(member.Id, member.FullName, status, election.Id, election.Tier, election.Tier?.Describe(), names,
            election.EffectiveOn, election.EndsOn, election.WaiveReason, split.Premium, split.CoopShare, split.WorkerShare, history.Count);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Contribution(CoopParticipation p, Plan plan) => p.ContributionKind switch
    {
        _ when plan.Kind == PlanKind.Retirement => plan.ContributionRule ?? "",
        ContributionKind.PercentOfPremium => BenefitsTexts.T("The co-op pays {0} % of each premium.", p.Percent?.ToString("0.##", CultureInfo.InvariantCulture) ?? ""),
        _ => BenefitsTexts.T("The co-op pays {0}.", string.Join(", ", p.FixedAmounts.Select(a => BenefitsTexts.T("{0} a month for {1}",
            a.MonthlyAmount.ToString("0.00", CultureInfo.InvariantCulture), BenefitsTexts.T(a.Tier.Describe()).ToLowerInvariant())))),
    };
}
