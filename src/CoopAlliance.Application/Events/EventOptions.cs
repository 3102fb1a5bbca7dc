namespace CoopAlliance.Application.Events;

/// <summary>Section "Events": waitlist offers, reminders, how long needs are kept, how event fees are billed.</summary>
public sealed class EventOptions
{
    public const string Section = "Events";

    /// <summary>Hours a waitlisted person has to take an offered place before it passes to the next person.</summary>
    public int OfferHours { get; set; } = 48;

    /// <summary>Registrants are reminded this many days before the event (once).</summary>
    public int ReminderDaysBefore { get; set; } = 3;

    /// <summary>Owners of planning tasks are reminded this many days before a task is due (once).</summary>
    public int TaskReminderDaysBefore { get; set; } = 3;

    /// <summary>Days after the event's last day when registrants' accessibility, interpretation and dietary needs are erased.</summary>
    public int NeedsRetentionDays { get; set; } = 30;

    /// <summary>Days a co-op has to pay the registrations put on its account.</summary>
    public int FeeDueDays { get; set; } = 30;
}
