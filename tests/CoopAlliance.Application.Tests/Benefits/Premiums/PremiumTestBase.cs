using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Tests.Benefits.Premiums;

/// <summary>
/// Premium tests start on 1 January 2027 with a 2027 plan year; co-ops join it and workers are enrolled through the
/// domain's own rules (<see cref="Election.Enroll"/>), as the benefits handlers would.
/// </summary>
public abstract class PremiumTestBase : TestBase
{
    protected static readonly DateOnly January = new(2027, 1, 1);

    protected static PremiumOptions Options => Testing.Services.GetRequiredService<IOptions<PremiumOptions>>().Value;

    [SetUp]
    public void ResetPremiums()
    {
        Options.BatchSize = 1000;
        Options.DueDays = 15;
        Options.ArrearsGraceDays = 30;
        Clock.Set(2027, 1, 1, 11);
    }

    /// <summary>A health plan with a 2027 plan year at these monthly premiums; returns the plan year's id.</summary>
    protected static async Task<int> AddPlanYearAsync(string name = "Health Plus", params TierRate[] rates)
    {
        rates = rates.Length > 0 ? rates
            : [new(CoverageTier.WorkerOnly, 512m), new(CoverageTier.WorkerAndPartner, 1024m), new(CoverageTier.WorkerAndChildren, 950m), new(CoverageTier.Family, 1480m)];
        return await WithDbAsync(async db =>
        {
            var carrier = new Carrier($"{name} Carrier", "RCV" + name.Length, null);
            db.Carriers.Add(carrier);
            await db.SaveChangesAsync();
            var plan = new Plan(name, PlanKind.Health, carrier.Id, "P-" + name.Replace(" ", "", StringComparison.Ordinal), EligibilityRules.Default with { WaitingDays = 0 }, 30, null);
            var year = plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), rates);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return year.Id;
        });
    }

    /// <summary>The co-op's approved participation in the plan year: a percent of each premium, or fixed amounts per tier.</summary>
    protected static Task JoinAsync(int coopId, int yearId, decimal? percent = 80, IReadOnlyList<TierContribution>? fixedAmounts = null) =>
        WithDbAsync(async db =>
        {
            var year = await db.PlanYears.Include(y => y.Plan).SingleAsync(y => y.Id == yearId);
            var participation = new CoopParticipation(coopId, year, MembershipStatus.Active, year.Plan.Rules,
                fixedAmounts is null ? ContributionKind.PercentOfPremium : ContributionKind.FixedPerTier, percent, fixedAmounts ?? [], year.StartsOn,
                Actor.System, Clock.GetUtcNow());
            participation.Approve("GRP-" + coopId, Actor.System, Clock.GetUtcNow(), null);
            db.CoopParticipations.Add(participation);
            await db.SaveChangesAsync();
        });

    /// <summary>A roster worker of the co-op enrolled in the plan year from <paramref name="effectiveOn"/> with these dependents; returns the member id.</summary>
    protected static Task<int> EnrollAsync(int coopId, int yearId, DateOnly? effectiveOn = null, params DependentRelationship[] dependents) =>
        WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.Include(c => c.People).SingleAsync(c => c.Id == coopId);
            var n = coop.People.Count;
            var person = coop.AddPerson(new PersonDetails($"Worker {n} of {coopId}", "Worker-owner", null, null, true, new DateOnly(2020, 1, 1), false));
            await db.SaveChangesAsync();

            var member = new BenefitMember(coopId, person.Id, "Worker", $"{n} of {coopId}", null);
            member.SetWork(WorkerKind.WorkerOwner, 40, new DateOnly(2020, 1, 1), "MA", 'U');
            var added = dependents.Select((d, i) => member.AddDependent($"Dependent {i}", $"{n} of {coopId}", d, null, 'U')).ToList();
            db.BenefitMembers.Add(member);
            await db.SaveChangesAsync();

            var year = await db.PlanYears.Include(y => y.Plan).SingleAsync(y => y.Id == yearId);
            var participation = await db.CoopParticipations.SingleAsync(p => p.CooperativeId == coopId && p.PlanYearId == yearId);
            var context = new EnrollmentContext(year.Plan, year, participation, member, MembershipStatus.Active, ChangeAllowed: true);
            db.Elections.Add(Election.Enroll(context, added, effectiveOn ?? year.StartsOn, ElectionReason.OpenEnrollment, null, Actor.System, Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return member.Id;
        });

    /// <summary>Ends a worker's coverage on a day (a new election row recorded after the enrollment, as the domain keeps history).</summary>
    protected static Task EndCoverageAsync(int memberId, DateOnly lastCoveredDay) =>
        WithDbAsync(async db =>
        {
            var latest = Election.Latest(await db.Elections.Where(e => e.MemberId == memberId).ToListAsync())!;
            db.Elections.Add(latest.Terminate(lastCoveredDay, ElectionReason.LeftRoster, Actor.System, Clock.GetUtcNow().AddMinutes(1)));
            await db.SaveChangesAsync();
        });

    protected static Task<List<Invoice>> PremiumInvoicesAsync(string? period = null) =>
        WithDbAsync(db => db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.BenefitPremium && (period == null || i.PeriodKey == period))
            .OrderBy(i => i.Id).ToListAsync());

    /// <summary>Co-ops that each take part with <paramref name="workers"/> workers enrolled worker-only; returns their ids.</summary>
    protected static async Task<List<int>> AddParticipatingCoopsAsync(int count, int yearId, int workers = 1)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var id = await AddActiveCoopAsync($"Benefits Co-op {i:000}");
            await JoinAsync(id, yearId);
            for (var w = 0; w < workers; w++)
            {
                await EnrollAsync(id, yearId);
            }

            ids.Add(id);
        }

        return ids;
    }
}
