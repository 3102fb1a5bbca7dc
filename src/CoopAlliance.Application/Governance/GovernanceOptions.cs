namespace CoopAlliance.Application.Governance;

public sealed class GovernanceOptions
{
    public const string Section = "Governance";

    /// <summary>
    /// Quorum: this share of the co-ops eligible on the record date must be present, rounded up (0.5: 10 eligible need 5,
    /// 11 need 6). Set 0.5000001 for a strict majority of an even number.
    /// </summary>
    public decimal QuorumFraction { get; set; } = 0.5m;

    /// <summary>Default days of notice before a meeting.</summary>
    public int NoticeDays { get; set; } = 21;

    /// <summary>Board members are reminded this many days before their term ends.</summary>
    public int TermEndReminderDays { get; set; } = 60;
}
