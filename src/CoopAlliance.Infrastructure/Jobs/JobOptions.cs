namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>Section "Jobs": the schedules (cron, in the alliance's time zone) and whether this node runs a job server.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process (several app nodes may all run one).</summary>
    public bool RunServer { get; set; } = true;
    public string TimeZone { get; set; } = "America/New_York";
    public string DataReviewCron { get; set; } = "0 2 * * *";
    public string OutboxCron { get; set; } = "* * * * *";
    /// <summary>Invoice the current billing period and backfill missed ones: the 1st of the month, 06:00.</summary>
    public string DuesInvoiceRunCron { get; set; } = "0 6 1 * *";
    /// <summary>Mark overdue invoices, queue reminders, lapse and reinstate: daily, 07:00.</summary>
    public string DuesArrearsCron { get; set; } = "0 7 * * *";
    /// <summary>The treasurer's summary of the month just ended: the 1st of the month, 08:00.</summary>
    public string DuesSummaryCron { get; set; } = "0 8 1 * *";
}
