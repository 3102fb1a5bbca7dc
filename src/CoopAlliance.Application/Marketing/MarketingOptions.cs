namespace CoopAlliance.Application.Marketing;

/// <summary>Section "Marketing": how long listings stay up, when reps are reminded, how campaign shares are billed.</summary>
public sealed class MarketingOptions
{
    public const string Section = "Marketing";

    /// <summary>Days a listing stays public once published or renewed.</summary>
    public int ListingDays { get; set; } = 365;

    /// <summary>Reps are reminded this many days before a listing expires (once per period).</summary>
    public int ReminderDaysBefore { get; set; } = 14;

    /// <summary>Days a co-op has to pay its share of a campaign.</summary>
    public int CampaignDueDays { get; set; } = 30;
}
