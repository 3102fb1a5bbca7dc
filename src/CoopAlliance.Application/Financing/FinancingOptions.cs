namespace CoopAlliance.Application.Financing;

/// <summary>Settings of the revolving loan fund ("Financing" section).</summary>
public sealed class FinancingOptions
{
    public const string Section = "Financing";

    /// <summary>The fewest votes (from committee members without a conflict of interest) a decision needs.</summary>
    public int MinimumCommitteeVotes { get; set; } = 3;
}
