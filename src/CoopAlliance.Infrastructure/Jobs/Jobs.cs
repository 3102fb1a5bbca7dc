using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Benefits.Coverage;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.DataReview;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Data;
using Hangfire;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>Every recurring schedule, declared in one place; crons are read in the alliance's time zone.</summary>
public static class JobSchedule
{
    public const string DataReview = "data-review";
    public const string Outbox = "send-email";
    public const string OfferExpiry = ExpireOffers.JobName;
    public const string SessionReminders = SendSessionReminders.JobName;
    public const string SlaMonitor = "assistance-sla";
    public const string MentoringReport = RunMonthlyMentoringReport.JobName;
    public const string AssistanceReport = SendMonthlyAssistanceReport.JobName;
    public const string DuesInvoices = "dues-invoice-run";
    public const string DuesArrears = "dues-arrears";
    public const string DuesSummary = "dues-monthly-summary";
    public const string BenefitPremiums = "benefit-premium-run";
    public const string Backup = "database-backup";
    public const string DraftUploadCleanup = "draft-upload-cleanup";
    public const string BenefitsDaily = RunBenefitsDay.JobName;
    public const string ListingsDaily = Application.Marketing.Listings.RunListingsDay.JobName;
    public const string CampaignCharge = ChargeDueCampaigns.JobName;
    public const string CommitmentFollowUps = Application.Events.Deliberation.SendCommitmentFollowUps.JobName;
    public const string EventTaskReminders = Application.Events.Partners.RunTaskReminders.JobName;
    public const string EventOfferExpiry = Application.Events.Registrations.ExpireEventOffers.JobName;
    public const string EventRegistrationsDaily = EventRegistrationsDailyJob.JobName;
    public const string Governance = Application.Governance.RunGovernanceJobs.JobName;
    public const string LoanArrearsReminders = Application.Financing.SendLoanArrearsReminders.JobName;
    public const string BoardReport = Application.Impact.RunBoardReport.JobName;

    public static void Register(IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        var options = services.GetRequiredService<IOptions<JobOptions>>().Value;
        var when = new RecurringJobOptions { TimeZone = services.GetRequiredService<AllianceClock>().Zone };
        jobs.AddOrUpdate<DataReviewJob>(DataReview, j => j.RunAsync(CancellationToken.None), options.DataReviewCron, when);
        jobs.AddOrUpdate<OutboxJob>(Outbox, j => j.RunAsync(CancellationToken.None), options.OutboxCron, when);
        jobs.AddOrUpdate<DuesInvoiceJob>(DuesInvoices, j => j.RunAsync(CancellationToken.None), options.DuesInvoiceRunCron, when);
        jobs.AddOrUpdate<DuesArrearsJob>(DuesArrears, j => j.RunAsync(CancellationToken.None), options.DuesArrearsCron, when);
        jobs.AddOrUpdate<DuesSummaryJob>(DuesSummary, j => j.RunAsync(CancellationToken.None), options.DuesSummaryCron, when);
        jobs.AddOrUpdate<PremiumRunJob>(BenefitPremiums, j => j.RunAsync(CancellationToken.None), options.PremiumRunCron, when);
        jobs.AddOrUpdate<AssistanceReportJob>(AssistanceReport, j => j.RunAsync(CancellationToken.None), options.AssistanceReportCron, when);
        jobs.AddOrUpdate<MentoringReportJob>(MentoringReport, j => j.RunAsync(CancellationToken.None), options.MentoringReportCron, when);
        jobs.AddOrUpdate<BoardReportJob>(BoardReport, j => j.RunAsync(CancellationToken.None), options.BoardReportCron, when);
        jobs.AddOrUpdate<SlaMonitorJob>(SlaMonitor, j => j.RunAsync(CancellationToken.None), options.SlaMonitorCron, when);
        jobs.AddOrUpdate<OfferExpiryJob>(OfferExpiry, j => j.RunAsync(CancellationToken.None), options.OfferExpiryCron, when);
        jobs.AddOrUpdate<SessionReminderJob>(SessionReminders, j => j.RunAsync(CancellationToken.None), options.SessionReminderCron, when);
        jobs.AddOrUpdate<BenefitsDailyJob>(BenefitsDaily, j => j.RunAsync(CancellationToken.None), options.BenefitsDailyCron, when);
        jobs.AddOrUpdate<ListingsDailyJob>(ListingsDaily, j => j.RunAsync(CancellationToken.None), options.ListingsDailyCron, when);
        jobs.AddOrUpdate<CampaignChargeJob>(CampaignCharge, j => j.RunAsync(CancellationToken.None), options.CampaignChargeCron, when);
        jobs.AddOrUpdate<CommitmentFollowUpJob>(CommitmentFollowUps, j => j.RunAsync(CancellationToken.None), options.CommitmentFollowUpCron, when);
        jobs.AddOrUpdate<EventTaskReminderJob>(EventTaskReminders, j => j.RunAsync(CancellationToken.None), options.EventTaskReminderCron, when);
        jobs.AddOrUpdate<LoanArrearsReminderJob>(LoanArrearsReminders, j => j.RunAsync(CancellationToken.None), options.LoanArrearsReminderCron, when);
        jobs.AddOrUpdate<EventOfferExpiryJob>(EventOfferExpiry, j => j.RunAsync(CancellationToken.None), options.EventOfferExpiryCron, when);
        jobs.AddOrUpdate<EventRegistrationsDailyJob>(EventRegistrationsDaily, j => j.RunAsync(CancellationToken.None), options.EventRegistrationsDailyCron, when);
        jobs.AddOrUpdate<GovernanceJob>(Governance, j => j.RunAsync(CancellationToken.None), options.GovernanceCron, when);
        jobs.AddOrUpdate<DraftUploadCleanupJob>(DraftUploadCleanup, j => j.RunAsync(CancellationToken.None), options.DraftUploadCleanupCron, when);
        jobs.AddOrUpdate<BackupJob>(Backup, j => j.RunAsync(CancellationToken.None),
            services.GetRequiredService<IOptions<BackupOptions>>().Value.Cron, when);
    }
}

/// <summary>Nightly: record co-ops whose data is incomplete. The command does the work; this only schedules it.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DataReviewJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<DataReviewJob> logger)
{
    // Claim: one run log row per job and day.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.DataReview, async () =>
    {
        var result = await mediator.Send(new RunDataReview(clock.Today), ct);
        logger.LogInformation("Data review {Outcome}: {Reviewed} reviewed, {Flagged} incomplete",
            result.AlreadyDone ? "already done today" : "done", result.Reviewed, result.Flagged);
    }, typeof(JobRun));
}

/// <summary>Hourly: delete files held for failed forms once they are older than the configured age (idempotent).</summary>
public sealed class DraftUploadCleanupJob(IMediator mediator, JobRunner runner, AllianceClock clock, IOptions<JobOptions> options, ILogger<DraftUploadCleanupJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.DraftUploadCleanup, async () =>
    {
        var deleted = await mediator.Send(new Application.Common.Drafts.DeleteOldDraftUploads(
            clock.UtcNow - TimeSpan.FromHours(options.Value.DraftUploadMaxAgeHours)), ct);
        logger.LogInformation("Draft uploads: {Deleted} old files deleted", deleted);
    });
}

/// <summary>Monthly: the board report for the month just ended (see <see cref="Application.Impact.RunBoardReport"/>).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class BoardReportJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<BoardReportJob> logger)
{
    // Claims: the month's run log row, and the stored report of the month.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.BoardReport, async () =>
    {
        var lastMonth = clock.Today.AddMonths(-1);
        var result = await mediator.Send(new Application.Impact.RunBoardReport(lastMonth.Year, lastMonth.Month), ct);
        logger.LogInformation("Board report {Month}: {Outcome}, emailed to {Emailed}", result.Month, result.Outcome, result.Emailed);
    }, typeof(JobRun), typeof(Domain.Impact.BoardReport));
}

/// <summary>Daily: the benefits office's round (windows, reminders, coverage ends); see <see cref="RunBenefitsDay"/>.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class BenefitsDailyJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<BenefitsDailyJob> logger)
{
    // Claims: the run log row of the day, one reminder per plan year, co-op and kind, one termination per worker, plan year and day.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.BenefitsDaily, async () =>
    {
        var result = await mediator.Send(new RunBenefitsDay(clock.Today), ct);
        logger.LogInformation("Benefits day: {Opened} windows opened, {Closed} closed, {Reminders} reminders, {Terminations} coverage ends, {Cancelled} cancelled, {TookEffect} took effect",
            result.WindowsOpened, result.WindowsClosed, result.Reminders, result.Terminations, result.Cancelled, result.TookEffect);
    }, typeof(JobRun), typeof(EnrollmentReminder), typeof(CoverageTermination));
}

/// <summary>Daily: listings expire after their last day and reps are reminded before (see <see cref="Application.Marketing.Listings.RunListingsDay"/>).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class ListingsDailyJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<ListingsDailyJob> logger)
{
    // Claim: the run log row of the day (each reminder is also recorded on its listing, in the same transaction).
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.ListingsDaily, async () =>
    {
        var result = await mediator.Send(new Application.Marketing.Listings.RunListingsDay(clock.Today), ct);
        logger.LogInformation("Listings day: {Expired} expired, {Reminded} reps reminded", result.Expired, result.Reminded);
    }, typeof(JobRun));
}

/// <summary>Every minute: deliver what the outbox holds.</summary>
public sealed class OutboxJob(IMediator mediator, JobRunner runner)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.Outbox, () => mediator.Send(new SendPendingEmails(), ct));
}

/// <summary>Daily: expire mentoring offers nobody answered in time (their co-ops go back into the suggestions).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class OfferExpiryJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<OfferExpiryJob> logger)
{
    // Claim: one run log row per job and day.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.OfferExpiry, async () =>
    {
        var result = await mediator.Send(new ExpireOffers(clock.Today), ct);
        logger.LogInformation("Offer expiry: {Expired} offers expired", result.Expired);
    }, typeof(JobRun));
}

/// <summary>Weekly: remind mentors of active matches with no session for a while, once per gap.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class SessionReminderJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<SessionReminderJob> logger)
{
    // Claims: the run log row of the day, and one reminder per match and gap (nothing is sent twice).
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.SessionReminders, async () =>
    {
        var result = await mediator.Send(new SendSessionReminders(clock.Today), ct);
        logger.LogInformation("Session reminders: {Reminded} of {Active} active matches reminded", result.Reminded, result.ActiveMatches);
    }, typeof(JobRun), typeof(MentoringReminder));
}

/// <summary>Hourly: flag assistance requests near or past their SLA, notifying once per threshold (the command records each).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class SlaMonitorJob(IMediator mediator, JobRunner runner, ILogger<SlaMonitorJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.SlaMonitor, async () =>
    {
        var result = await mediator.Send(new MonitorSlas(), ct);
        logger.LogInformation("SLA monitor: {Checked} open requests checked, {Alerts} new alerts", result.Checked, result.Alerts);
    });
}

/// <summary>
/// The 1st of the month: invoice the current billing period and backfill missed ones. Each period's run is claimed
/// in the run log, so a second node running this at the same moment finds the claim and leaves the work alone.
/// </summary>
public sealed class DuesInvoiceJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<DuesInvoiceJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.DuesInvoices, async () =>
    {
        var runs = await mediator.Send(new RunScheduledInvoices(clock.Today), ct);
        foreach (var run in runs)
        {
            logger.LogInformation("Dues run {Period}: {Status}, {Created} invoices issued, {Skipped} skipped, {Errors} errors",
                run.PeriodKey, run.Status, run.Created, run.Skipped, run.Errors);
        }
    });
}

/// <summary>Daily: overdue invoices, reminders, lapse past the grace period, reinstatement once settled.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DuesArrearsJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<DuesArrearsJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.DuesArrears, async () =>
    {
        var result = await mediator.Send(new ProcessArrears(clock.Today), ct);
        logger.LogInformation("Dues arrears: {Overdue} newly overdue, {Reminders} reminders queued, {Lapsed} lapsed, {Reinstated} reinstated",
            result.NewlyOverdue, result.RemindersQueued, result.Lapsed, result.Reinstated);
    });
}

/// <summary>
/// Monthly: the treasurer's dues summary of the month just ended, stored and emailed. One per month (unique key):
/// a second run, or a second node, finds it stored and sends nothing.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DuesSummaryJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<DuesSummaryJob> logger)
{
    // Claim: the stored summary of the month.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.DuesSummary, async () =>
    {
        var summary = await mediator.Send(new RunMonthlyDuesSummary(clock.Today), ct);
        logger.LogInformation("Dues summary {Month}: {Outcome}", summary.Month, summary.AlreadyExisted ? "already stored" : "stored and emailed");
    }, typeof(DuesMonthlySummary));
}

/// <summary>
/// `dotnet CoopAlliance.Web.dll dues-run 2027-01`: runs (or resumes) one period's invoice run from the command line,
/// as the system, and prints its log — for operators, and for the test that starts two processes at once.
/// </summary>
public sealed class DuesRunCommand(IMediator mediator, CurrentUser user)
{
    public async Task<InvoiceRunDto> RunAsync(string period, CancellationToken ct = default)
    {
        user.RunAsSystem();
        return await mediator.Send(new RunInvoices(period, "command line"), ct);
    }
}

/// <summary>
/// Monthly: store last month's technical-assistance report and email it to staff. The stored report's month is
/// unique, so a second run does nothing and a second node racing this one fails to commit (and sends nothing).
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class AssistanceReportJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<AssistanceReportJob> logger)
{
    // Claims: the stored report of the month, and its run log row.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.AssistanceReport, async () =>
    {
        var result = await mediator.Send(new SendMonthlyAssistanceReport(clock.Today), ct);
        logger.LogInformation("Assistance report {Month}: {Outcome}", result.Month,
            result.AlreadyDone ? "already sent" : $"stored and emailed to {result.Emails} addresses");
    }, typeof(AssistanceReport), typeof(JobRun));
}

/// <summary>Monthly: the mentoring report for the month just ended (stored once per month, emailed to staff).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class MentoringReportJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<MentoringReportJob> logger)
{
    // Claims: the month's run log row, and the stored report of the month.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.MentoringReport, async () =>
    {
        var lastMonth = clock.Today.AddMonths(-1);
        var result = await mediator.Send(new RunMonthlyMentoringReport(lastMonth.Year, lastMonth.Month), ct);
        logger.LogInformation("Mentoring report {Month}: {Outcome}", result.Month,
            result.AlreadyDone ? "already stored" : $"stored and emailed to {result.Emailed} staff");
    }, typeof(JobRun), typeof(MentoringReport));
}

/// <summary>
/// Nightly: a consistent copy of the embedded (SQLite) database in <c>Backups:Folder</c>, one per day, keeping the last
/// <c>Backups:Keep</c> (<see cref="BackupCommand.KeepNightlyAsync"/>). On SQL Server it does nothing but say so: back it
/// up natively (BACKUP DATABASE, or the platform's automated backups).
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 3600)]
public sealed class BackupJob(BackupCommand backups, JobRunner runner, AllianceClock clock, ILogger<BackupJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.Backup, async () =>
    {
        if (!backups.IsEmbedded)
        {
            logger.LogInformation("Database backup: SQL Server backups are native (BACKUP DATABASE or the platform's automated backups); nothing to do here");
            return;
        }

        var night = await backups.KeepNightlyAsync(clock.Today, ct);
        logger.LogInformation("Database backup {File}: {Outcome}; {Deleted} older copies deleted", night.File,
            night.Created ? "made" : "already made today", night.Deleted.Count);
    });
}
