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
    /// <summary>The assistance SLA monitor: hourly, so "due soon" warnings arrive the working day before.</summary>
    public string SlaMonitorCron { get; set; } = "15 * * * *";
    /// <summary>The monthly technical-assistance report: 6 a.m. on the first of the month, for the month before.</summary>
    public string AssistanceReportCron { get; set; } = "0 6 1 * *";
}
