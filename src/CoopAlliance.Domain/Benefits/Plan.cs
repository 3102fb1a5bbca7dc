using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Benefits;

/// <summary>An insurer or administrator the alliance buys group coverage from; enrollment files go to it.</summary>
public sealed class Carrier : Entity, IVersioned
{
    private Carrier() { }

    public Carrier(string name, string x12ReceiverId, string? email)
    {
        Update(name, x12ReceiverId, email);
    }

    public string Name { get; private set; } = "";
    /// <summary>The carrier's id in enrollment files (ISA08/GS03).</summary>
    public string X12ReceiverId { get; private set; } = "";
    public string? Email { get; private set; }
    /// <summary>The column mapping of the carrier's monthly bill CSV (JSON), set by staff.</summary>
    public string? BillMappingJson { get; set; }
    public int Version { get; set; }

    public void Update(string name, string x12ReceiverId, string? email)
    {
        Name = Require.Text(name, "Give the carrier's name.");
        X12ReceiverId = Require.Text(x12ReceiverId, "Give the carrier's id for enrollment files.").ToUpperInvariant();
        Email = Person.Clean(email);
    }
}

/// <summary>Who may join a plan: written once on the plan, checked by <see cref="Eligibility"/> for every worker.</summary>
public sealed record EligibilityRules(
    IReadOnlyList<MembershipStatus> Standings,
    IReadOnlyList<WorkerKind> WorkerKinds,
    decimal MinimumHoursPerWeek,
    int WaitingDays,
    IReadOnlyList<string> States,
    decimal MinimumParticipationPercent)
{
    public static EligibilityRules Default { get; } = new([MembershipStatus.Active], [WorkerKind.WorkerOwner, WorkerKind.NonMemberWorker], 20, 30, ["MA", "VT"], 50);
}

/// <summary>A group plan the alliance negotiated: its kind, carrier, who may join and its plan years.</summary>
public sealed class Plan : Entity, IVersioned
{
    private readonly List<PlanYear> _years = [];

    private Plan() { }

    public Plan(string name, PlanKind kind, int carrierId, string planCode, EligibilityRules rules, int lifeEventDays, string? contributionRule)
    {
        CarrierId = carrierId;
        Update(name, kind, planCode, rules, lifeEventDays, contributionRule);
    }

    public string Name { get; private set; } = "";
    public PlanKind Kind { get; private set; }
    public int CarrierId { get; private set; }
    /// <summary>The carrier's code for the plan (834 HD04).</summary>
    public string PlanCode { get; private set; } = "";
    public EligibilityRules Rules { get; private set; } = EligibilityRules.Default;
    /// <summary>How many days after a life event a worker has to report it.</summary>
    public int LifeEventDays { get; private set; }
    /// <summary>Retirement plans: the contribution rule in words (e.g. "the co-op matches 100 % of the first 4 % of pay").</summary>
    public string? ContributionRule { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<PlanYear> Years => _years;

    /// <summary>Retirement plans have no coverage tiers: a worker is in or out.</summary>
    public bool HasTiers => Kind != PlanKind.Retirement;

    public void Update(string name, PlanKind kind, string planCode, EligibilityRules rules, int lifeEventDays, string? contributionRule)
    {
        Name = Require.Text(name, "Give the plan's name.");
        Kind = kind;
        PlanCode = Require.Text(planCode, "Give the carrier's plan code.").ToUpperInvariant();
        if (rules.Standings.Count == 0)
        {
            throw new DomainRuleException("Choose at least one membership standing that may join.");
        }

        if (rules.WorkerKinds.Count == 0)
        {
            throw new DomainRuleException("Choose at least one kind of worker who may join.");
        }

        if (rules.MinimumHoursPerWeek is < 0 or > 80 || rules.WaitingDays is < 0 or > 365 || rules.MinimumParticipationPercent is < 0 or > 100)
        {
            throw new DomainRuleException("Hours are 0–80 a week, the waiting period 0–365 days, participation 0–100 %.");
        }

        Rules = rules with { States = rules.States.Select(s => s.Trim().ToUpperInvariant()).Where(s => s.Length > 0).Distinct().Order().ToList() };
        LifeEventDays = lifeEventDays is >= 1 and <= 365 ? lifeEventDays : throw new DomainRuleException("Give 1–365 days to report a life event.");
        ContributionRule = Person.Clean(contributionRule);
        if (Kind == PlanKind.Retirement && ContributionRule is null)
        {
            throw new DomainRuleException("A retirement plan has no tiers: describe its contribution rule instead.");
        }
    }

    public PlanYear AddYear(DateOnly startsOn, DateOnly endsOn, DateOnly enrollmentOpensOn, DateOnly enrollmentClosesOn, IReadOnlyList<TierRate> rates)
    {
        if (_years.Any(y => y.StartsOn <= endsOn && startsOn <= y.EndsOn))
        {
            throw DomainRuleException.Format("{0} already has a plan year overlapping {1:MMM d, yyyy} – {2:MMM d, yyyy}.", Name, startsOn, endsOn);
        }

        var year = new PlanYear(this, startsOn, endsOn, enrollmentOpensOn, enrollmentClosesOn, rates);
        _years.Add(year);
        return year;
    }

    public PlanYear? YearOn(DateOnly day) => _years.FirstOrDefault(y => y.Covers(day));
}

/// <summary>The monthly premium of one coverage tier in a plan year.</summary>
public sealed record TierRate(CoverageTier Tier, decimal MonthlyPremium);

/// <summary>A plan's year of coverage: its dates, its open-enrollment window and its premiums per tier.</summary>
public sealed class PlanYear : Entity
{
    private IReadOnlyList<TierRate> _rates = [];

    private PlanYear() { }

    internal PlanYear(Plan plan, DateOnly startsOn, DateOnly endsOn, DateOnly opensOn, DateOnly closesOn, IReadOnlyList<TierRate> rates)
    {
        Plan = plan;
        if (endsOn <= startsOn)
        {
            throw new DomainRuleException("A plan year ends after it starts.");
        }

        if (closesOn < opensOn || closesOn > endsOn)
        {
            throw new DomainRuleException("Open enrollment closes after it opens and before the plan year ends.");
        }

        StartsOn = startsOn;
        EndsOn = endsOn;
        EnrollmentOpensOn = opensOn;
        EnrollmentClosesOn = closesOn;
        SetRates(plan.HasTiers, rates);
    }

    public int PlanId { get; private set; }
    public Plan Plan { get; private set; } = null!;
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly EnrollmentOpensOn { get; private set; }
    public DateOnly EnrollmentClosesOn { get; private set; }
    /// <summary>Set by the enrollment job when it opened the window (once), and when it closed it.</summary>
    public DateTimeOffset? WindowOpenedAt { get; private set; }
    public DateTimeOffset? WindowClosedAt { get; private set; }
    public IReadOnlyList<TierRate> Rates => _rates;

    public bool Covers(DateOnly day) => day >= StartsOn && day <= EndsOn;

    /// <summary>Open enrollment runs from its first to its last day, inclusive, in the alliance's calendar.</summary>
    public bool IsWindowOpen(DateOnly today) => today >= EnrollmentOpensOn && today <= EnrollmentClosesOn;

    public void SetRates(bool hasTiers, IReadOnlyList<TierRate> rates)
    {
        if (rates.Any(r => r.MonthlyPremium < 0))
        {
            throw new DomainRuleException("A premium cannot be negative.");
        }

        if (rates.GroupBy(r => r.Tier).Any(g => g.Count() > 1))
        {
            throw new DomainRuleException("Give each tier's premium once.");
        }

        if (hasTiers && rates.Count == 0)
        {
            throw new DomainRuleException("Give the monthly premium of at least the worker-only tier.");
        }

        if (hasTiers && rates.All(r => r.Tier != CoverageTier.WorkerOnly))
        {
            throw new DomainRuleException("Every plan with tiers prices the worker-only tier.");
        }

        _rates = rates.OrderBy(r => r.Tier).ToList();
    }

    public bool Offers(CoverageTier tier) => _rates.Any(r => r.Tier == tier);

    public decimal PremiumFor(CoverageTier tier) =>
        _rates.FirstOrDefault(r => r.Tier == tier)?.MonthlyPremium
        ?? throw DomainRuleException.Format("This plan year does not offer {0} coverage.", new DomainWord(tier.Describe().ToLowerInvariant()));

    /// <summary>Records that the window opened; false if it already had (the job runs again harmlessly).</summary>
    public bool MarkWindowOpened(DateTimeOffset at)
    {
        if (WindowOpenedAt is not null)
        {
            return false;
        }

        WindowOpenedAt = at;
        return true;
    }

    public bool MarkWindowClosed(DateTimeOffset at)
    {
        if (WindowClosedAt is not null)
        {
            return false;
        }

        WindowClosedAt = at;
        return true;
    }
}
