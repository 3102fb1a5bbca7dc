using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Benefits;

/// <summary>
/// One worker's choice for one plan year, as of a day: enrolled (a tier, who is covered) or waived (why), or coverage
/// ended. Never overwritten: every change is a new row, and the row in force on a day is the latest recorded one whose
/// <see cref="EffectiveOn"/> is on or before it (<see cref="InForceOn"/>). Each row is one change the carrier must
/// hear about: a change file claims it once (<see cref="ExportId"/>).
/// </summary>
public sealed class Election : Entity, IBelongsToCoop
{
    private IReadOnlyList<int> _dependentIds = [];

    private Election() { }

    private Election(int cooperativeId, int planYearId, int memberId, ElectionChoice choice, CoverageTier? tier, IReadOnlyList<int> dependentIds,
        WaiveReason? waiveReason, DateOnly effectiveOn, DateOnly? endsOn, ElectionReason reason, int? lifeEventId, Actor by, DateTimeOffset at)
    {
        CooperativeId = cooperativeId;
        PlanYearId = planYearId;
        MemberId = memberId;
        Choice = choice;
        Tier = tier;
        _dependentIds = dependentIds.Distinct().Order().ToList();
        WaiveReason = waiveReason;
        EffectiveOn = effectiveOn;
        EndsOn = endsOn;
        Reason = reason;
        LifeEventId = lifeEventId;
        RecordedByName = by.Name;
        RecordedAt = at;
    }

    public int CooperativeId { get; private set; }
    public int PlanYearId { get; private set; }
    public int MemberId { get; private set; }
    public ElectionChoice Choice { get; private set; }
    /// <summary>The coverage tier (enrolled in a plan with tiers).</summary>
    public CoverageTier? Tier { get; private set; }
    public IReadOnlyList<int> DependentIds => _dependentIds;
    public WaiveReason? WaiveReason { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    /// <summary>The last covered day, when coverage ends (a termination, or the plan year's end).</summary>
    public DateOnly? EndsOn { get; private set; }
    public ElectionReason Reason { get; private set; }
    public int? LifeEventId { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The change file that reported this row to the carrier (null: not yet sent).</summary>
    public int? ExportId { get; private set; }

    public bool IsEnrolled => Choice == ElectionChoice.Enroll;

    /// <summary>Covered on <paramref name="day"/> by this row (when it is the row in force that day).</summary>
    public bool Covers(DateOnly day) => IsEnrolled && EffectiveOn <= day && (EndsOn is null || day <= EndsOn);

    /// <summary>The row in force on a day among one worker's rows for one plan year, or null before the first.</summary>
    public static Election? InForceOn(IEnumerable<Election> history, DateOnly day) =>
        history.Where(e => e.EffectiveOn <= day).OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id).FirstOrDefault();

    /// <summary>The latest row, whatever its date: what the worker has chosen now.</summary>
    public static Election? Latest(IEnumerable<Election> history) =>
        history.OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id).FirstOrDefault();

    /// <summary>
    /// Enrolls a worker. The rules: the co-op takes part in the plan year (approved) and may still enroll (not lapsed);
    /// the worker is eligible; the tier is the one their dependents make and the plan year offers it; coverage starts
    /// no earlier than the worker's first covered day, within the plan year.
    /// </summary>
    public static Election Enroll(EnrollmentContext context, IReadOnlyList<Dependent> dependents, DateOnly effectiveOn,
        ElectionReason reason, int? lifeEventId, Actor by, DateTimeOffset at)
    {
        var (year, plan, member) = (context.Year, context.Plan, context.Member);
        CheckCanChange(context, effectiveOn);
        var eligibility = Eligibility.Check(plan.Rules, member.Facts(context.CoopStanding));
        if (!eligibility.IsEligible)
        {
            throw DomainRuleException.Format("{0} cannot be enrolled in {1}: {2}", member.FullName, plan.Name, string.Join(" ", eligibility.Reasons));
        }

        if (eligibility.EligibleFrom is { } from && effectiveOn < from)
        {
            throw DomainRuleException.Format("{0}'s coverage can start on {1:MMMM d, yyyy} at the earliest (the plan's {2}-day waiting period after hire).", member.FullName, from, plan.Rules.WaitingDays);
        }

        if (dependents.Any(d => !d.BelongsTo(member) || d.RemovedOn is not null))
        {
            throw new DomainRuleException("Only the worker's own current dependents can be covered.");
        }

        CoverageTier? tier = null;
        if (plan.HasTiers)
        {
            tier = Eligibility.TierFor(dependents.Select(d => d.Relationship));
            if (!year.Offers(tier.Value))
            {
                throw DomainRuleException.Format("{0} does not offer {1} coverage this plan year.", plan.Name, new DomainWord(tier.Value.Describe().ToLowerInvariant()));
            }
        }
        else if (dependents.Count > 0)
        {
            throw DomainRuleException.Format("{0} covers the worker only; it has no dependents.", plan.Name);
        }

        return new Election(member.CooperativeId, year.Id, member.Id, ElectionChoice.Enroll, tier, dependents.Select(d => d.Id).ToList(), null,
            effectiveOn, null, reason, lifeEventId, by, at);
    }

    public static Election Waive(EnrollmentContext context, WaiveReason waiveReason, DateOnly effectiveOn, ElectionReason reason, int? lifeEventId, Actor by, DateTimeOffset at)
    {
        CheckCanChange(context, effectiveOn, adding: false);
        return new Election(context.Member.CooperativeId, context.Year.Id, context.Member.Id, ElectionChoice.Waive, null, [], waiveReason,
            effectiveOn, null, reason, lifeEventId, by, at);
    }

    /// <summary>
    /// Ends coverage on a computed day: a copy of the enrollment with its last covered day, so the carrier is sent a
    /// termination and billing stops after that month.
    /// </summary>
    public Election Terminate(DateOnly lastCoveredDay, ElectionReason reason, Actor by, DateTimeOffset at)
    {
        if (!IsEnrolled)
        {
            throw new DomainRuleException("Only an enrollment can be ended.");
        }

        if (lastCoveredDay < EffectiveOn.AddDays(-1))
        {
            throw new DomainRuleException("Coverage cannot end before it started.");
        }

        return new Election(CooperativeId, PlanYearId, MemberId, ElectionChoice.Enroll, Tier, _dependentIds, null, EffectiveOn, lastCoveredDay, reason, null, by, at);
    }

    /// <summary>Staff cancel a pending termination (the worker stayed): the enrollment continues without an end.</summary>
    public Election Continue(Actor by, DateTimeOffset at) =>
        EndsOn is null ? throw new DomainRuleException("This coverage has no end to cancel.")
            : new Election(CooperativeId, PlanYearId, MemberId, ElectionChoice.Enroll, Tier, _dependentIds, null, EffectiveOn, null, ElectionReason.StaffCorrection, null, by, at);

    private static void CheckCanChange(EnrollmentContext context, DateOnly effectiveOn, bool adding = true)
    {
        var (year, plan, member) = (context.Year, context.Plan, context.Member);
        if (context.Participation is not { IsApproved: true } participation)
        {
            throw DomainRuleException.Format("The co-op does not take part in {0} for this plan year yet; staff approve its participation first.", plan.Name);
        }

        if (adding && !plan.Rules.Standings.Contains(context.CoopStanding))
        {
            throw DomainRuleException.Format("The co-op is {0}, so it cannot add enrollments; reinstatement restores the right to enroll.", new DomainWord(context.CoopStanding.Describe().ToLowerInvariant()));
        }

        if (member.LeftRosterOn is not null)
        {
            throw DomainRuleException.Format("{0} has left the roster.", member.FullName);
        }

        if (!year.Covers(effectiveOn) || effectiveOn < participation.From)
        {
            throw DomainRuleException.Format("Coverage starts within the plan year and the co-op's participation (from {0:MMMM d, yyyy} to {1:MMMM d, yyyy}).", participation.From, year.EndsOn);
        }

        if (!context.ChangeAllowed)
        {
            throw DomainRuleException.Format("Open enrollment for {0} runs {1:MMM d} – {2:MMM d, yyyy}; outside it, changes come with an approved life event or when a worker first becomes eligible.", plan.Name, year.EnrollmentOpensOn, year.EnrollmentClosesOn);
        }
    }
}

/// <summary>Everything an election rule looks at, loaded by the handler.</summary>
public sealed record EnrollmentContext(Plan Plan, PlanYear Year, CoopParticipation? Participation, BenefitMember Member, MembershipStatus CoopStanding, bool ChangeAllowed)
{
    /// <summary>
    /// Whether a change may be made today: during open enrollment; or with an approved life event reported in time; or
    /// for a worker newly eligible, until the plan's life-event days after their first covered day.
    /// </summary>
    public static bool MayChange(Plan plan, PlanYear year, BenefitMember member, DateOnly today, LifeEvent? approvedEvent)
    {
        if (year.IsWindowOpen(today))
        {
            return true;
        }

        if (approvedEvent is { } e && e.MemberId == member.Id && e.AllowsChangesOn(today, plan.LifeEventDays))
        {
            return true;
        }

        return member.HiredOn is { } hired && today <= Eligibility.FirstCoveredDay(hired, plan.Rules.WaitingDays).AddDays(plan.LifeEventDays);
    }
}
