namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>Section "Jobs": the schedules (cron, in the alliance's time zone, <c>App:TimeZone</c>) and whether this node runs a job server.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process (several app nodes may all run one).</summary>
    public bool RunServer { get; set; } = true;
    public string DataReviewCron { get; set; } = "0 2 * * *";
    public string OutboxCron { get; set; } = "* * * * *";
    /// <summary>The assistance SLA monitor: hourly, so "due soon" warnings arrive the working day before.</summary>
    public string SlaMonitorCron { get; set; } = "15 * * * *";
    /// <summary>Daily: mentoring offers past their last day expire.</summary>
    public string OfferExpiryCron { get; set; } = "15 2 * * *";
    /// <summary>Weekly (Monday morning): remind mentors of active matches without a recent session.</summary>
    public string SessionReminderCron { get; set; } = "0 8 * * 1";
    /// <summary>Invoice the current billing period and backfill missed ones: the 1st of the month, 06:00.</summary>
    public string DuesInvoiceRunCron { get; set; } = "0 6 1 * *";
    /// <summary>Bill the month's group benefit premiums: the 1st of the month, 06:15 (after the dues run).</summary>
    public string PremiumRunCron { get; set; } = "15 6 1 * *";
    /// <summary>Mark overdue invoices, queue reminders, lapse and reinstate: daily, 07:00.</summary>
    public string DuesArrearsCron { get; set; } = "0 7 * * *";
    /// <summary>The monthly technical-assistance report: 6 a.m. on the first of the month, for the month before.</summary>
    public string AssistanceReportCron { get; set; } = "0 6 1 * *";
    /// <summary>Monthly (the 1st, early morning): the mentoring report for the month just ended, emailed to staff.</summary>
    public string MentoringReportCron { get; set; } = "30 6 1 * *";
    /// <summary>Monthly (the 1st, 07:30, after the dues, premium and report runs): the board report for the month just ended.</summary>
    public string BoardReportCron { get; set; } = "30 7 1 * *";
    /// <summary>The treasurer's summary of the month just ended: the 1st of the month, 08:00.</summary>
    public string DuesSummaryCron { get; set; } = "0 8 1 * *";
    /// <summary>Hourly: delete files held for failed forms (drafts) older than <see cref="DraftUploadMaxAgeHours"/>.</summary>
    public string DraftUploadCleanupCron { get; set; } = "45 * * * *";
    /// <summary>
    /// Daily, after the dues arrears round (which may lapse a co-op): open and close enrollment windows, remind reps, find
    /// coverage that must end and tell the rep and the worker.
    /// </summary>
    public string BenefitsDailyCron { get; set; } = "30 7 * * *";

    /// <summary>Daily: listings past their last day expire; reps are reminded before.</summary>
    public string ListingsDailyCron { get; set; } = "45 6 * * *";

    /// <summary>Daily, early morning: charge each joint campaign whose joining deadline passed yesterday (see CampaignChargeJob).</summary>
    public string CampaignChargeCron { get; set; } = "15 6 * * *";

    /// <summary>Daily, morning: ask commitment owners for a status update at each follow-up date (see CommitmentFollowUpJob).</summary>
    public string CommitmentFollowUpCron { get; set; } = "0 9 * * *";
    /// <summary>Daily, 07:00: remind owners of planning tasks due soon, once each (see EventTaskReminderJob).</summary>
    public string EventTaskReminderCron { get; set; } = "0 7 * * *";
    /// <summary>Daily, 07:30: remind borrowers behind on a loan, once per overdue installment (see LoanArrearsReminderJob).</summary>
    public string LoanArrearsReminderCron { get; set; } = "30 7 * * *";
    /// <summary>Every 15 minutes: event waitlist offers that ran out pass to the next person (see EventOfferExpiryJob).</summary>
    public string EventOfferExpiryCron { get; set; } = "*/15 * * * *";

    /// <summary>Daily: event reminders, needs erasure after the retention time, event fees on co-op accounts (see EventRegistrationsDailyJob).</summary>
    public string EventRegistrationsDailyCron { get; set; } = "0 6 * * *";

    /// <summary>Every 5 minutes: open and close voting at the set times, meeting notices, board term reminders (see GovernanceJob).</summary>
    public string GovernanceCron { get; set; } = "*/5 * * * *";

    /// <summary>How long a file sent with a failed form is kept for its draft.</summary>
    public double DraftUploadMaxAgeHours { get; set; } = 24;
}
