using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Tests.Benefits;

/// <summary>A health plan with four tiers for 2027, a co-op taking part at 80 %, and workers to enroll.</summary>
internal static class BenefitsFactory
{
    public static readonly Actor Rep = new(7, "Rosa Rep");
    public static readonly DateTimeOffset At = new(2026, 11, 10, 15, 0, 0, TimeSpan.Zero);

    public static T WithId<T>(this T entity, int id) where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }

    public static Plan HealthPlan(EligibilityRules? rules = null) =>
        new Plan("Valley Health Plus", PlanKind.Health, 1, "VHP-1", rules ?? EligibilityRules.Default, 30, null).WithId(1);

    public static PlanYear Year2027(Plan plan) =>
        plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
            [new(CoverageTier.WorkerOnly, 512m), new(CoverageTier.WorkerAndPartner, 1024m), new(CoverageTier.WorkerAndChildren, 921.60m), new(CoverageTier.Family, 1433.60m)]).WithId(10);

    public static CoopParticipation Participation(PlanYear year, Plan plan, decimal percent = 80m, bool approve = true)
    {
        var participation = new CoopParticipation(5, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, percent, [],
            year.StartsOn, Rep, At).WithId(20);
        if (approve)
        {
            participation.Approve("grp-77", new Actor(1, "Sam Staff"), At, null);
        }

        return participation;
    }

    public static BenefitMember Worker(int id = 30, decimal hours = 32, DateOnly? hired = null, string state = "MA", WorkerKind kind = WorkerKind.WorkerOwner)
    {
        var member = new BenefitMember(5, 100 + id, "Ana", "Lima", "ana@example.org").WithId(id);
        member.SetWork(kind, hours, hired ?? new DateOnly(2024, 3, 1), state, 'F');
        return member;
    }

    public static EnrollmentContext Context(Plan plan, PlanYear year, CoopParticipation? participation, BenefitMember member,
        MembershipStatus standing = MembershipStatus.Active, bool changeAllowed = true) =>
        new(plan, year, participation, member, standing, changeAllowed);
}
