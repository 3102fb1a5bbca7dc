using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Benefits;

/// <summary>A fixed monthly amount the co-op pays towards one tier.</summary>
public sealed record TierContribution(CoverageTier Tier, decimal MonthlyAmount);

/// <summary>
/// A co-op joining a plan for a plan year: how much of each premium the co-op pays, from when, and the carrier's
/// group number. The rep asks; staff approve. One per co-op and plan year (a unique key).
/// </summary>
public sealed class CoopParticipation : Entity, IVersioned, IBelongsToCoop
{
    private IReadOnlyList<TierContribution> _fixedAmounts = [];

    private CoopParticipation() { }

    public CoopParticipation(int cooperativeId, PlanYear year, MembershipStatus standing, EligibilityRules rules, ContributionKind kind,
        decimal? percent, IReadOnlyList<TierContribution> fixedAmounts, DateOnly from, Actor by, DateTimeOffset at)
    {
        if (!rules.Standings.Contains(standing))
        {
            throw DomainRuleException.Format("A co-op that is {0} cannot join this plan; reinstatement restores the right to enroll.", new DomainWord(standing.Describe().ToLowerInvariant()));
        }

        CooperativeId = cooperativeId;
        PlanYearId = year.Id;
        Status = ParticipationStatus.Requested;
        RequestedByName = by.Name;
        RequestedAt = at;
        SetContribution(year, kind, percent, fixedAmounts, from);
    }

    public int CooperativeId { get; private set; }
    public int PlanYearId { get; private set; }
    public ContributionKind ContributionKind { get; private set; }
    /// <summary>The co-op's share of each premium, 0–100, when <see cref="ContributionKind"/> is a percent.</summary>
    public decimal? Percent { get; private set; }
    public IReadOnlyList<TierContribution> FixedAmounts => _fixedAmounts;
    public DateOnly From { get; private set; }
    public ParticipationStatus Status { get; private set; }
    public string? GroupNumber { get; private set; }
    public string RequestedByName { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }
    public int Version { get; set; }

    public bool IsApproved => Status == ParticipationStatus.Approved;

    public void SetContribution(PlanYear year, ContributionKind kind, decimal? percent, IReadOnlyList<TierContribution> fixedAmounts, DateOnly from)
    {
        if (!year.Covers(from))
        {
            throw DomainRuleException.Format("The contribution starts within the plan year ({0:MMM d, yyyy} – {1:MMM d, yyyy}).", year.StartsOn, year.EndsOn);
        }

        if (from.Day != 1)
        {
            throw new DomainRuleException("A contribution starts on the first day of a month.");
        }

        switch (kind)
        {
            case ContributionKind.PercentOfPremium when percent is null or < 0 or > 100:
                throw new DomainRuleException("Give the co-op's share as a percent from 0 to 100.");
            case ContributionKind.FixedPerTier when fixedAmounts.Any(a => a.MonthlyAmount < 0):
                throw new DomainRuleException("A fixed contribution cannot be negative.");
            case ContributionKind.FixedPerTier when fixedAmounts.GroupBy(a => a.Tier).Any(g => g.Count() > 1):
                throw new DomainRuleException("Give each tier's contribution once.");
        }

        ContributionKind = kind;
        Percent = kind == ContributionKind.PercentOfPremium ? percent : null;
        _fixedAmounts = kind == ContributionKind.FixedPerTier ? fixedAmounts.OrderBy(a => a.Tier).ToList() : [];
        From = from;
    }

    /// <summary>
    /// How a tier's premium is shared: the co-op's part rounded once to the cent (half away from zero), never more
    /// than the premium; the worker pays the rest, so the two always add up to the premium.
    /// </summary>
    public PremiumSplit Split(decimal premium, CoverageTier? tier)
    {
        var coop = ContributionKind switch
        {
            ContributionKind.PercentOfPremium => Money.RoundToCent(premium * (Percent ?? 0) / 100m),
            _ => tier is { } t ? _fixedAmounts.FirstOrDefault(a => a.Tier == t)?.MonthlyAmount ?? 0 : 0,
        };
        coop = Math.Min(coop, premium);
        return new PremiumSplit(premium, coop, premium - coop);
    }

    public void Approve(string groupNumber, Actor by, DateTimeOffset at, string? note)
    {
        if (Status != ParticipationStatus.Requested)
        {
            throw DomainRuleException.Format("This participation is {0}; only a request can be approved.", new DomainWord(Status.ToString().ToLowerInvariant()));
        }

        GroupNumber = Require.Text(groupNumber, "Give the carrier's group number for this co-op.").ToUpperInvariant();
        Decide(ParticipationStatus.Approved, by, at, note);
    }

    public void Decline(string reason, Actor by, DateTimeOffset at)
    {
        if (Status != ParticipationStatus.Requested)
        {
            throw DomainRuleException.Format("This participation is {0}; only a request can be declined.", new DomainWord(Status.ToString().ToLowerInvariant()));
        }

        Decide(ParticipationStatus.Declined, by, at, Require.Text(reason, "Give a reason; the co-op's rep sees it."));
    }

    private void Decide(ParticipationStatus status, Actor by, DateTimeOffset at, string? note)
    {
        Status = status;
        DecidedByName = by.Name;
        DecidedAt = at;
        DecisionNote = Person.Clean(note);
    }
}
