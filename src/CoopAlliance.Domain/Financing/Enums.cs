namespace CoopAlliance.Domain.Financing;

/// <summary>Where the fund's money came from.</summary>
public enum ContributionKind
{
    /// <summary>A member co-op's pledge, e.g. a share of its surplus.</summary>
    Pledge,
    Grant,
    /// <summary>An investor's note, lent to the fund on its own terms.</summary>
    InvestorNote,
}

/// <summary>An application's way through the pipeline; a disbursed one has become a <see cref="Loan"/>.</summary>
public enum ApplicationStatus
{
    Intake,
    InReview,
    Committee,
    Approved,
    Declined,
    Disbursed,
}

/// <summary>A disbursed loan: being repaid, repaid in full, or written off by a committee decision.</summary>
public enum LoanStatus
{
    Repaying,
    Repaid,
    WrittenOff,
}

/// <summary>The review checklist: every item ticked before an application goes to the committee.</summary>
[Flags]
public enum ReviewItem
{
    None = 0,
    BusinessPlanReceived = 1,
    FinancialStatementsReceived = 2,
    ReferencesChecked = 4,
    ConversationHeld = 8,
    RepaymentCapacityAssessed = 16,
    All = BusinessPlanReceived | FinancialStatementsReceived | ReferencesChecked | ConversationHeld | RepaymentCapacityAssessed,
}

public enum VoteChoice
{
    For,
    Against,
    Abstain,
}

public enum LoanAttachmentKind
{
    BusinessPlan,
    FinancialStatements,
    Other,
}

public enum ReferralOutcome
{
    Pending,
    Funded,
    Declined,
    Withdrawn,
}

public static class FinancingWords
{
    public static string Describe(this ReviewItem item) => item switch
    {
        ReviewItem.BusinessPlanReceived => "Business plan received",
        ReviewItem.FinancialStatementsReceived => "Financial statements received",
        ReviewItem.ReferencesChecked => "References checked",
        ReviewItem.ConversationHeld => "Site visit or conversation held",
        ReviewItem.RepaymentCapacityAssessed => "Repayment capacity assessed",
        _ => item.ToString(),
    };

    public static IEnumerable<ReviewItem> Checklist =>
    [
        ReviewItem.BusinessPlanReceived, ReviewItem.FinancialStatementsReceived, ReviewItem.ReferencesChecked,
        ReviewItem.ConversationHeld, ReviewItem.RepaymentCapacityAssessed,
    ];
}
