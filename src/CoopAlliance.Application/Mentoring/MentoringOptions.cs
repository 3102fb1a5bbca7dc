namespace CoopAlliance.Application.Mentoring;

/// <summary>Section "Mentoring".</summary>
public sealed class MentoringOptions
{
    public const string Section = "Mentoring";

    /// <summary>Days a mentor has to accept or decline an offer (the offer's last day is today + this).</summary>
    public int OfferDays { get; set; } = 7;

    /// <summary>Remind a mentor when an active match has had no session for this many days.</summary>
    public int ReminderAfterDays { get; set; } = 21;
}
