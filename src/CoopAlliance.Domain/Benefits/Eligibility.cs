using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Benefits;

/// <summary>What the eligibility rules look at: the co-op's standing and the worker's facts on a given day.</summary>
public sealed record WorkerFacts(MembershipStatus CoopStanding, WorkerKind Kind, decimal HoursPerWeek, DateOnly? HiredOn, string? State);

/// <summary>The answer of <see cref="Eligibility.Check"/>: eligible or not, the reasons in words, and from when.</summary>
public sealed record EligibilityResult(IReadOnlyList<string> Reasons, DateOnly? EligibleFrom)
{
    public bool IsEligible => Reasons.Count == 0;
}

/// <summary>The rules of who may join a plan and when their coverage may start.</summary>
public static class Eligibility
{
    /// <summary>
    /// Whether a worker may be enrolled: the co-op's standing, the worker's kind, hours and state must be allowed; and
    /// the earliest day coverage may start (see <see cref="FirstCoveredDay"/>). Every failing rule is named.
    /// </summary>
    public static EligibilityResult Check(EligibilityRules rules, WorkerFacts worker)
    {
        var reasons = new List<string>();
        if (!rules.Standings.Contains(worker.CoopStanding))
        {
            reasons.Add($"The co-op is {worker.CoopStanding.Describe().ToLowerInvariant()}; the plan is open to co-ops that are {string.Join(" or ", rules.Standings.Select(s => s.Describe().ToLowerInvariant()))}.");
        }

        if (!rules.WorkerKinds.Contains(worker.Kind))
        {
            reasons.Add($"The plan is not open to {worker.Kind.Describe().ToLowerInvariant()}s.");
        }

        if (worker.HoursPerWeek < rules.MinimumHoursPerWeek)
        {
            reasons.Add($"Works {worker.HoursPerWeek:0.#} hours a week; the plan needs at least {rules.MinimumHoursPerWeek:0.#}.");
        }

        if (rules.States.Count > 0 && (worker.State is null || !rules.States.Contains(worker.State.Trim().ToUpperInvariant())))
        {
            reasons.Add(worker.State is null
                ? "The worker's state is not known; the carrier covers " + string.Join(", ", rules.States) + "."
                : $"The carrier does not cover {worker.State.ToUpperInvariant()} (only {string.Join(", ", rules.States)}).");
        }

        if (worker.HiredOn is null)
        {
            reasons.Add("The worker's hire date is not known, so the waiting period cannot be counted.");
        }

        return new EligibilityResult(reasons, worker.HiredOn is { } hired ? FirstCoveredDay(hired, rules.WaitingDays) : null);
    }

    /// <summary>
    /// Coverage starts on the first day of the month on or after the waiting period ends: hired March 15 with a 30-day
    /// wait, the wait ends April 14 and coverage starts May 1; with no wait, a worker hired on the 1st is covered that day.
    /// </summary>
    public static DateOnly FirstCoveredDay(DateOnly hiredOn, int waitingDays)
    {
        var waited = hiredOn.AddDays(waitingDays);
        return waited.Day == 1 ? waited : FirstOfNextMonth(waited);
    }

    public static DateOnly FirstOfNextMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    public static DateOnly EndOfMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>The tier that matches who is covered: the dependents decide it, so a rep cannot pick a wrong one.</summary>
    public static CoverageTier TierFor(IEnumerable<DependentRelationship> dependents)
    {
        var list = dependents.ToList();
        var partner = list.Any(d => d is DependentRelationship.Spouse or DependentRelationship.DomesticPartner);
        var children = list.Any(d => d == DependentRelationship.Child);
        return (partner, children) switch
        {
            (true, true) => CoverageTier.Family,
            (true, false) => CoverageTier.WorkerAndPartner,
            (false, true) => CoverageTier.WorkerAndChildren,
            _ => CoverageTier.WorkerOnly,
        };
    }

    /// <summary>
    /// The share of eligible workers who enrolled or waived because they have other coverage, in percent; a plan's
    /// minimum participation is met when this reaches it. No eligible workers: nothing to meet (100 %).
    /// </summary>
    public static decimal ParticipationPercent(int eligible, int enrolled, int waivedWithOtherCoverage) =>
        eligible == 0 ? 100m : Math.Round(100m * Math.Min(eligible, enrolled + waivedWithOtherCoverage) / eligible, 1, MidpointRounding.AwayFromZero);

    public static bool CountsForParticipation(WaiveReason reason) =>
        reason is WaiveReason.CoveredByOtherEmployer or WaiveReason.CoveredBySpouseOrPartner or WaiveReason.PublicCoverage or WaiveReason.IndividualCoverage;
}

/// <summary>When coverage ends, never silently: each reason has one computed date.</summary>
public static class CoverageEnd
{
    /// <summary>A worker who left the roster or fell below the hours is covered to the end of that month.</summary>
    public static DateOnly ForWorker(DateOnly happenedOn) => Eligibility.EndOfMonth(happenedOn);

    /// <summary>A lapsed co-op's workers are covered to the end of the dues grace period after the lapse.</summary>
    public static DateOnly ForLapsedCoop(DateOnly lapsedOn, int graceDays) => lapsedOn.AddDays(Math.Max(0, graceDays));
}

/// <summary>A premium split between the co-op and the worker.</summary>
public sealed record PremiumSplit(decimal Premium, decimal CoopShare, decimal WorkerShare);

public static class BenefitWords
{
    public static string Describe(this CoverageTier tier) => tier switch
    {
        CoverageTier.WorkerOnly => "Worker only",
        CoverageTier.WorkerAndPartner => "Worker + spouse/partner",
        CoverageTier.WorkerAndChildren => "Worker + child(ren)",
        CoverageTier.Family => "Family",
        _ => tier.ToString(),
    };

    public static string Describe(this WorkerKind kind) => kind switch
    {
        WorkerKind.WorkerOwner => "Worker-owner",
        WorkerKind.NonMemberWorker => "Non-member worker",
        _ => kind.ToString(),
    };

    /// <summary>The 834 HD05 coverage level code of a tier.</summary>
    public static string X12Code(this CoverageTier tier) => tier switch
    {
        CoverageTier.WorkerOnly => "EMP",
        CoverageTier.WorkerAndPartner => "ESP",
        CoverageTier.WorkerAndChildren => "ECH",
        _ => "FAM",
    };

    /// <summary>The 834 HD03 insurance line code of a plan kind.</summary>
    public static string X12Code(this PlanKind kind) => kind switch
    {
        PlanKind.Health => "HLT",
        PlanKind.Dental => "DEN",
        PlanKind.Vision => "VIS",
        PlanKind.Life => "LIF", // many carriers companion guides accept LIF for group life
        PlanKind.Disability => "LTD",
        PlanKind.Retirement => "AG", // not sent: retirement plans have no 834 coverage; kept for completeness
        PlanKind.EmployeeAssistance => "AK",
        _ => "HLT",
    };

    /// <summary>The 834 INS02 relationship code.</summary>
    public static string X12Code(this DependentRelationship relationship) => relationship switch
    {
        DependentRelationship.Spouse => "01",
        DependentRelationship.DomesticPartner => "53",
        _ => "19",
    };
}
