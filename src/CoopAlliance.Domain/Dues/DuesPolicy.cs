using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Dues;

/// <summary>
/// How much each member co-op owes per billing period, from <see cref="EffectiveFrom"/> until a later policy takes
/// over. The amounts of every scheme are annual; a period is billed its share (1/12, 1/4 or all of it). Invoices
/// copy their lines when issued, so revising or replacing a policy never changes an invoice already issued.
/// </summary>
public sealed class DuesPolicy : Entity, IVersioned
{
    private List<DuesTier> _tiers = [];

    private DuesPolicy() { }

    public DuesPolicy(string name, DateOnly effectiveFrom, BillingFrequency frequency, int dueDays, decimal laborHourValue,
        IEnumerable<DuesTier> tiers, DateTimeOffset createdAt)
    {
        CreatedAt = createdAt;
        Revise(name, effectiveFrom, frequency, dueDays, laborHourValue, tiers);
    }

    public string Name { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public BillingFrequency Frequency { get; private set; }
    /// <summary>An invoice is due this many days after it is issued.</summary>
    public int DueDays { get; private set; }
    /// <summary>What one hour of labor contributed to the alliance is credited at.</summary>
    public decimal LaborHourValue { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<DuesTier> Tiers => _tiers;

    public void Revise(string name, DateOnly effectiveFrom, BillingFrequency frequency, int dueDays, decimal laborHourValue, IEnumerable<DuesTier> tiers)
    {
        var list = tiers.ToList();
        if (list.Count == 0)
        {
            throw new DomainRuleException("A dues policy needs at least one tier.");
        }

        if (list.Any(t => t.Components.Count == 0))
        {
            throw new DomainRuleException("Every tier needs at least one way of computing dues.");
        }

        if (dueDays is < 0 or > 365)
        {
            throw new DomainRuleException("Invoices must fall due between 0 and 365 days after they are issued.");
        }

        if (effectiveFrom != BillingPeriod.Containing(frequency, effectiveFrom).Start)
        {
            throw DomainRuleException.Format("A {0} policy must take effect on the first day of a billing period.", new DomainWord(frequency.Describe()));
        }

        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainRuleException("Give the policy a name.") : name.Trim();
        EffectiveFrom = effectiveFrom;
        Frequency = frequency;
        DueDays = dueDays;
        LaborHourValue = laborHourValue < 0 ? throw new DomainRuleException("The value of an hour of labor cannot be negative.") : laborHourValue;
        _tiers = list;
    }

    /// <summary>The first tier (in order) that applies to a co-op of this kind, or null when none does.</summary>
    public DuesTier? TierFor(CoopKind kind) => _tiers.FirstOrDefault(t => t.AppliesTo(kind));

    /// <summary>The policy in force for a period: the latest one, of the period's frequency, effective by its start.</summary>
    public static DuesPolicy? InForce(IEnumerable<DuesPolicy> policies, BillingPeriod period) =>
        policies.Where(p => p.Frequency == period.Frequency && p.EffectiveFrom <= period.Start)
            .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id).FirstOrDefault();
}

/// <summary>
/// A membership tier: which co-ops it covers (by kind; empty = all), how its dues are computed (the components are
/// added up), and an optional introductory rate for the first years of membership.
/// </summary>
public sealed class DuesTier
{
    private List<DuesComponent> _components = [];

    private DuesTier() { }

    public DuesTier(string name, IEnumerable<CoopKind> kinds, IEnumerable<DuesComponent> components, int introductoryYears = 0,
        decimal introductoryDiscountPercent = 0)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainRuleException("Give every tier a name.") : name.Trim();
        Kinds = string.Join(",", kinds.Distinct().Order());
        _components = components.ToList();
        if (introductoryYears < 0 || introductoryDiscountPercent is < 0 or > 100)
        {
            throw new DomainRuleException("An introductory rate is a discount of 0–100 % for a number of years.");
        }

        IntroductoryYears = introductoryYears;
        IntroductoryDiscountPercent = introductoryDiscountPercent;
    }

    public string Name { get; private set; } = "";
    /// <summary>The co-op kinds this tier covers, comma-separated; empty covers every kind.</summary>
    public string Kinds { get; private set; } = "";
    public int IntroductoryYears { get; private set; }
    public decimal IntroductoryDiscountPercent { get; private set; }
    public IReadOnlyList<DuesComponent> Components => _components;

    public IReadOnlyList<CoopKind> KindList =>
        Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<CoopKind>).ToList();

    // A tier is read-only once made (a policy change is a new policy), so its kinds are parsed once, safely when a run
    // computes its co-ops on several threads: a run asks every co-op's tier.
    private HashSet<CoopKind>? _kindSet;

    public bool AppliesTo(CoopKind kind) =>
        Kinds.Length == 0 || LazyInitializer.EnsureInitialized(ref _kindSet, () => [.. KindList]).Contains(kind);
}

public enum DuesScheme
{
    /// <summary>A fixed amount a year.</summary>
    Flat = 1,
    /// <summary>A percentage of the co-op's reported annual wages, with a floor and a cap.</summary>
    PercentOfWages = 2,
    /// <summary>A percentage of the co-op's reported annual revenue, with a floor and a cap.</summary>
    PercentOfRevenue = 3,
    /// <summary>An amount per worker-owner, in declining steps.</summary>
    PerWorkerOwner = 4,
}

/// <summary>One way of computing (annual) dues; a tier adds up its components.</summary>
public sealed class DuesComponent
{
    private List<WorkerOwnerStep> _steps = [];

    private DuesComponent() { }

    private DuesComponent(DuesScheme scheme) => Scheme = scheme;

    public DuesScheme Scheme { get; private set; }
    /// <summary>Flat: the annual amount.</summary>
    public decimal Amount { get; private set; }
    /// <summary>Percentages: the rate in percent (0.15 means 0.15 %).</summary>
    public decimal RatePercent { get; private set; }
    public decimal? Floor { get; private set; }
    public decimal? Cap { get; private set; }
    public IReadOnlyList<WorkerOwnerStep> Steps => _steps;

    public static DuesComponent Flat(decimal annualAmount) =>
        annualAmount < 0 ? throw new DomainRuleException("A flat amount cannot be negative.") : new(DuesScheme.Flat) { Amount = annualAmount };

    public static DuesComponent PercentOfWages(decimal ratePercent, decimal? floor, decimal? cap) =>
        Percentage(DuesScheme.PercentOfWages, ratePercent, floor, cap);

    public static DuesComponent PercentOfRevenue(decimal ratePercent, decimal? floor, decimal? cap) =>
        Percentage(DuesScheme.PercentOfRevenue, ratePercent, floor, cap);

    /// <summary>Steps in order, each "up to and including the Nth worker-owner, this much each"; the last may be open-ended.</summary>
    public static DuesComponent PerWorkerOwner(IEnumerable<WorkerOwnerStep> steps)
    {
        var list = steps.ToList();
        if (list.Count == 0 || list.Any(s => s.AmountEach < 0))
        {
            throw new DomainRuleException("Per worker-owner dues need at least one step, none negative.");
        }

        var previous = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var openEnded = list[i].UpTo is null;
            if ((openEnded && i != list.Count - 1) || (!openEnded && list[i].UpTo <= previous))
            {
                throw new DomainRuleException("Worker-owner steps must rise (first, 2nd–3rd, ...) and only the last may be open-ended.");
            }

            previous = list[i].UpTo ?? previous;
        }

        return new(DuesScheme.PerWorkerOwner) { _steps = list };
    }

    private static DuesComponent Percentage(DuesScheme scheme, decimal rate, decimal? floor, decimal? cap)
    {
        if (rate is < 0 or > 100 || floor < 0 || cap < 0 || (floor is not null && cap is not null && cap < floor))
        {
            throw new DomainRuleException("A percentage is between 0 and 100, and its floor must not exceed its cap.");
        }

        return new(scheme) { RatePercent = rate, Floor = floor, Cap = cap };
    }
}

/// <summary>"Up to the <see cref="UpTo"/>th worker-owner (null: all the rest), <see cref="AmountEach"/> each."</summary>
public sealed class WorkerOwnerStep
{
    private WorkerOwnerStep() { }

    public WorkerOwnerStep(int? upTo, decimal amountEach)
    {
        UpTo = upTo;
        AmountEach = amountEach;
    }

    public int? UpTo { get; private set; }
    public decimal AmountEach { get; private set; }
}
