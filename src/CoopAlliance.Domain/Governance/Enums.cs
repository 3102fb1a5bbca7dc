namespace CoopAlliance.Domain.Governance;

public enum MeetingKind
{
    Annual = 1,
    Special = 2,
}

public enum MeetingState
{
    Planned = 1,
    Open = 2,
    Closed = 3,
}

public enum MotionKind
{
    Resolution = 1,
    BylawAmendment = 2,
    Budget = 3,
    Election = 4,
}

/// <summary>What share of the votes cast (for + against; abstentions are not votes cast) a motion needs to pass.</summary>
public enum Threshold
{
    /// <summary>More votes for than against; a tie fails.</summary>
    Majority = 1,
    /// <summary>At least two thirds of the votes cast are for.</summary>
    TwoThirds = 2,
}

public enum MotionState
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}

public enum VoteChoice
{
    For = 1,
    Against = 2,
    Abstain = 3,
}

public enum GovernanceNoticeKind
{
    MeetingNotice = 1,
    TermEndReminder = 2,
}

public static class GovernanceWords
{
    public static string Describe(this MotionKind kind) => kind switch
    {
        MotionKind.BylawAmendment => "Bylaw amendment",
        MotionKind.Budget => "Budget approval",
        _ => kind.ToString(),
    };

    public static string Describe(this Threshold threshold) => threshold switch
    {
        Threshold.TwoThirds => "Two thirds of votes cast",
        _ => "Majority of votes cast",
    };

    public static string Describe(this MeetingKind kind) => kind == MeetingKind.Annual ? "Annual meeting" : "Special meeting";
}
