namespace CoopAlliance.Domain.Cooperatives;

public enum MembershipTransition
{
    Apply = 1,
    StartReview = 2,
    Approve = 3,
    Decline = 4,
    Lapse = 5,
    Reinstate = 6,
    Suspend = 7,
    Withdraw = 8,
    Reapply = 9,
    Register = 10,
}

/// <summary>The membership lifecycle as data: which transition is allowed from which status, and where it leads.</summary>
public static class MembershipLifecycle
{
    private static readonly Dictionary<MembershipTransition, (MembershipStatus[] From, MembershipStatus To)> Rules = new()
    {
        [MembershipTransition.StartReview] = ([MembershipStatus.Applicant], MembershipStatus.UnderReview),
        [MembershipTransition.Approve] = ([MembershipStatus.UnderReview], MembershipStatus.Active),
        [MembershipTransition.Decline] = ([MembershipStatus.Applicant, MembershipStatus.UnderReview], MembershipStatus.Declined),
        [MembershipTransition.Lapse] = ([MembershipStatus.Active], MembershipStatus.Lapsed),
        [MembershipTransition.Reinstate] = ([MembershipStatus.Lapsed, MembershipStatus.Suspended], MembershipStatus.Active),
        [MembershipTransition.Suspend] = ([MembershipStatus.Active, MembershipStatus.Lapsed], MembershipStatus.Suspended),
        [MembershipTransition.Withdraw] = (
            [MembershipStatus.Applicant, MembershipStatus.UnderReview, MembershipStatus.Active, MembershipStatus.Lapsed,
             MembershipStatus.Suspended, MembershipStatus.Declined],
            MembershipStatus.Withdrawn),
        [MembershipTransition.Reapply] = ([MembershipStatus.Withdrawn, MembershipStatus.Declined], MembershipStatus.Applicant),
    };

    public static bool CanApply(MembershipTransition transition, MembershipStatus from) =>
        Rules.TryGetValue(transition, out var rule) && rule.From.Contains(from);

    public static MembershipStatus Target(MembershipTransition transition) => Rules[transition].To;

    /// <summary>The transitions a person could make now: the buttons a screen offers.</summary>
    public static IReadOnlyList<MembershipTransition> AllowedFrom(MembershipStatus from) =>
        Rules.Where(r => r.Value.From.Contains(from)).Select(r => r.Key).ToList();

    public static IReadOnlyList<MembershipStatus> AllowedSources(MembershipTransition transition) => Rules[transition].From;

    public static string Verb(this MembershipTransition transition) => transition switch
    {
        MembershipTransition.Apply => "Applied for membership",
        MembershipTransition.Register => "Registered by staff",
        MembershipTransition.StartReview => "Review started",
        MembershipTransition.Approve => "Approved",
        MembershipTransition.Decline => "Declined",
        MembershipTransition.Lapse => "Lapsed",
        MembershipTransition.Reinstate => "Reinstated",
        MembershipTransition.Suspend => "Suspended",
        MembershipTransition.Withdraw => "Withdrawn",
        MembershipTransition.Reapply => "Reapplied",
        _ => transition.ToString(),
    };

    /// <summary>The imperative used on buttons and in error messages ("approve", "start the review of").</summary>
    public static string Action(this MembershipTransition transition) => transition switch
    {
        MembershipTransition.StartReview => "start the review of",
        MembershipTransition.Approve => "approve",
        MembershipTransition.Decline => "decline",
        MembershipTransition.Lapse => "mark as lapsed",
        MembershipTransition.Reinstate => "reinstate",
        MembershipTransition.Suspend => "suspend",
        MembershipTransition.Withdraw => "withdraw",
        MembershipTransition.Reapply => "reopen the application of",
        _ => transition.ToString().ToLowerInvariant(),
    };
}
