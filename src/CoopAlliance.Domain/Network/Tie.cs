using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Network;

/// <summary>
/// Inter-cooperation, as a member co-op's rep records it: "we buy X from / sell X to" another member co-op or an allied
/// organisation (exactly one of the two), and roughly how much a year. Every tie is a supply tie: the network counts a
/// co-op as trading inside it when it has at least one tie in either direction.
/// </summary>
public sealed class Tie : Entity, IBelongsToCoop
{
    public const int WhatMaxLength = 200;

    private Tie() { }

    public Tie(int cooperativeId, TieDirection direction, int? counterpartCoopId, int? counterpartOrganizationId, string what,
        decimal? estimatedAnnualAmount, Actor by, DateTimeOffset at)
    {
        if (!Enum.IsDefined(direction))
        {
            throw new DomainRuleException("Say whether your co-op buys or sells.");
        }

        if ((counterpartCoopId is null) == (counterpartOrganizationId is null))
        {
            throw new DomainRuleException("Pick one member co-op or one allied organisation.");
        }

        if (counterpartCoopId == cooperativeId)
        {
            throw new DomainRuleException("A co-op cannot record a tie with itself.");
        }

        if (estimatedAnnualAmount < 0)
        {
            throw new DomainRuleException("The yearly amount cannot be negative.");
        }

        CooperativeId = cooperativeId;
        Direction = direction;
        CounterpartCoopId = counterpartCoopId;
        CounterpartOrganizationId = counterpartOrganizationId;
        What = Require.Text(what, "Say what is bought or sold.");
        if (What.Length > WhatMaxLength)
        {
            throw DomainRuleException.Format("Say what in at most {0} characters.", WhatMaxLength);
        }

        EstimatedAnnualAmount = estimatedAnnualAmount is { } a ? Math.Round(a, 2, MidpointRounding.AwayFromZero) : null;
        RecordedBy = by.Name;
        UpdatedAt = at;
    }

    /// <summary>The member co-op that recorded the tie.</summary>
    public int CooperativeId { get; private set; }
    public TieDirection Direction { get; private set; }
    public int? CounterpartCoopId { get; private set; }
    public int? CounterpartOrganizationId { get; private set; }
    public string What { get; private set; } = "";
    public decimal? EstimatedAnnualAmount { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Whether this tie says the same as <paramref name="other"/> (same co-op, direction, counterpart and — ignoring case — what).</summary>
    public bool SameAs(Tie other) =>
        CooperativeId == other.CooperativeId && Direction == other.Direction && CounterpartCoopId == other.CounterpartCoopId &&
        CounterpartOrganizationId == other.CounterpartOrganizationId && string.Equals(What, other.What, StringComparison.OrdinalIgnoreCase);
}
