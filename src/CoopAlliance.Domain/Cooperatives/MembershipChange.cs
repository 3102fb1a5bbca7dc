using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Cooperatives;

/// <summary>One entry of a co-op's membership history: a transition, who made it, when and why.</summary>
public sealed class MembershipChange : Entity, IBelongsToCoop
{
    private MembershipChange() { }

    internal MembershipChange(MembershipTransition transition, MembershipStatus? from, MembershipStatus to, Actor by,
        DateTimeOffset at, string? reason, DateOnly? effectiveOn, DateOnly? boardVoteOn)
    {
        Transition = transition;
        From = from;
        To = to;
        ByUserId = by.UserId;
        ByName = by.Name;
        At = at;
        Reason = reason;
        EffectiveOn = effectiveOn;
        BoardVoteOn = boardVoteOn;
    }

    public int CooperativeId { get; private set; }
    public MembershipTransition Transition { get; private set; }
    public MembershipStatus? From { get; private set; }
    public MembershipStatus To { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
    public string? Reason { get; private set; }
    public DateOnly? EffectiveOn { get; private set; }
    public DateOnly? BoardVoteOn { get; private set; }
}
