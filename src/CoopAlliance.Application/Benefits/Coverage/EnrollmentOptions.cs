namespace CoopAlliance.Application.Benefits.Coverage;

/// <summary>Section "Benefits:Enrollment": reminders about open enrollment (the schedule is Jobs:BenefitsDailyCron).</summary>
public sealed class EnrollmentOptions
{
    public const string Section = "Benefits:Enrollment";

    /// <summary>Reps of co-ops with workers who have neither enrolled nor waived are reminded this many days before the window closes.</summary>
    public int ClosingReminderDays { get; set; } = 7;
}
