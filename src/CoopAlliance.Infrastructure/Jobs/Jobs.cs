using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.DataReview;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Mentoring;
using Hangfire;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>Every recurring schedule, declared in one place.</summary>
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

    /// <summary>Cron times are read in the alliance's zone (<see cref="AllianceClock.Zone"/>), like every date the jobs decide.</summary>
    public static void Register(IRecurringJobManager jobs, JobOptions options, TimeZoneInfo zone)
    {
        jobs.AddOrUpdate<DataReviewJob>(DataReview, j => j.RunAsync(CancellationToken.None), options.DataReviewCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<OutboxJob>(Outbox, j => j.RunAsync(CancellationToken.None), options.OutboxCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<DuesInvoiceJob>(DuesInvoices, j => j.RunAsync(CancellationToken.None), options.DuesInvoiceRunCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<DuesArrearsJob>(DuesArrears, j => j.RunAsync(CancellationToken.None), options.DuesArrearsCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<DuesSummaryJob>(DuesSummary, j => j.RunAsync(CancellationToken.None), options.DuesSummaryCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<AssistanceReportJob>(AssistanceReport, j => j.RunAsync(CancellationToken.None), options.AssistanceReportCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<MentoringReportJob>(MentoringReport, j => j.RunAsync(CancellationToken.None), options.MentoringReportCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<SlaMonitorJob>(SlaMonitor, j => j.RunAsync(CancellationToken.None), options.SlaMonitorCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<OfferExpiryJob>(OfferExpiry, j => j.RunAsync(CancellationToken.None), options.OfferExpiryCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<SessionReminderJob>(SessionReminders, j => j.RunAsync(CancellationToken.None), options.SessionReminderCron,
            new RecurringJobOptions { TimeZone = zone });
    }
}

/// <summary>Nightly: record co-ops whose data is incomplete. The command does the work; this only schedules it.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DataReviewJob(IMediator mediator, CurrentUser user, AllianceClock clock, ILogger<DataReviewJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var result = await mediator.Send(new RunDataReview(clock.Today), ct);
            logger.LogInformation("Data review {Outcome}: {Reviewed} reviewed, {Flagged} incomplete",
                result.AlreadyDone ? "already done today" : "done", result.Reviewed, result.Flagged);
        }
        catch (DbUpdateException ex)
        {
            // Another app instance claimed today's run first (unique job + day): nothing left to do.
            logger.LogInformation(ex, "Data review for today was claimed by another instance");
        }
    }
}

/// <summary>Every minute: deliver what the outbox holds.</summary>
public sealed class OutboxJob(IMediator mediator, CurrentUser user)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        await mediator.Send(new SendPendingEmails(), ct);
    }
}

/// <summary>Daily: expire mentoring offers nobody answered in time (their co-ops go back into the suggestions).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class OfferExpiryJob(IMediator mediator, CurrentUser user, AllianceClock clock, ILogger<OfferExpiryJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var result = await mediator.Send(new ExpireOffers(clock.Today), ct);
            logger.LogInformation("Offer expiry: {Expired} offers expired", result.Expired);
        }
        catch (DbUpdateException ex)
        {
            // Another app instance is running today's expiry (unique job + day): it does the work.
            logger.LogInformation(ex, "Offer expiry for today was claimed by another instance");
        }
    }
}

/// <summary>Weekly: remind mentors of active matches with no session for a while, once per gap.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class SessionReminderJob(IMediator mediator, CurrentUser user, AllianceClock clock, ILogger<SessionReminderJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var result = await mediator.Send(new SendSessionReminders(clock.Today), ct);
            logger.LogInformation("Session reminders: {Reminded} of {Active} active matches reminded", result.Reminded, result.ActiveMatches);
        }
        catch (DbUpdateException ex)
        {
            // Another instance sent the same reminders first (unique match + gap): nothing is sent twice.
            logger.LogInformation(ex, "Session reminders were claimed by another instance");
        }
    }
}

/// <summary>Hourly: flag assistance requests near or past their SLA, notifying once per threshold (the command records each).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class SlaMonitorJob(IMediator mediator, CurrentUser user, ILogger<SlaMonitorJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        var result = await mediator.Send(new MonitorSlas(), ct);
        logger.LogInformation("SLA monitor: {Checked} open requests checked, {Alerts} new alerts", result.Checked, result.Alerts);
    }
}

/// <summary>
/// The 1st of the month: invoice the current billing period and backfill missed ones. Each period's run is claimed
/// in the run log, so a second node running this at the same moment finds the claim and leaves the work alone.
/// </summary>
public sealed class DuesInvoiceJob(IMediator mediator, CurrentUser user, AllianceClock clock, ILogger<DuesInvoiceJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        var runs = await mediator.Send(new RunScheduledInvoices(clock.Today), ct);
        foreach (var run in runs)
        {
            logger.LogInformation("Dues run {Period}: {Status}, {Created} invoices issued, {Skipped} skipped, {Errors} errors",
                run.PeriodKey, run.Status, run.Created, run.Skipped, run.Errors);
        }
    }
}

/// <summary>Daily: overdue invoices, reminders, lapse past the grace period, reinstatement once settled.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DuesArrearsJob(IMediator mediator, CurrentUser user, AllianceClock clock, ILogger<DuesArrearsJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        var result = await mediator.Send(new ProcessArrears(clock.Today), ct);
        logger.LogInformation("Dues arrears: {Overdue} newly overdue, {Reminders} reminders queued, {Lapsed} lapsed, {Reinstated} reinstated",
            result.NewlyOverdue, result.RemindersQueued, result.Lapsed, result.Reinstated);
    }
}

/// <summary>
/// Monthly: the treasurer's dues summary of the month just ended, stored and emailed. One per month (unique key):
/// a second run, or a second node, finds it stored and sends nothing.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DuesSummaryJob(IMediator mediator, CurrentUser user, AllianceClock clock, ILogger<DuesSummaryJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var summary = await mediator.Send(new RunMonthlyDuesSummary(clock.Today), ct);
            logger.LogInformation("Dues summary {Month}: {Outcome}", summary.Month, summary.AlreadyExisted ? "already stored" : "stored and emailed");
        }
        catch (DbUpdateException ex)
        {
            // Another app instance stored this month's summary first (unique month): nothing left to do.
            logger.LogInformation(ex, "The dues summary for last month was stored by another instance");
        }
    }
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
public sealed class AssistanceReportJob(IMediator mediator, CurrentUser user, AllianceClock clock,
    ILogger<AssistanceReportJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var result = await mediator.Send(new SendMonthlyAssistanceReport(clock.Today), ct);
            logger.LogInformation("Assistance report {Month}: {Outcome}", result.Month,
                result.AlreadyDone ? "already sent" : $"stored and emailed to {result.Emails} addresses");
        }
        catch (DbUpdateException ex)
        {
            logger.LogInformation(ex, "The assistance report for last month was stored by another instance");
        }
    }
}

/// <summary>Monthly: the mentoring report for the month just ended (stored once per month, emailed to staff).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class MentoringReportJob(IMediator mediator, CurrentUser user, AllianceClock clock, ILogger<MentoringReportJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        var lastMonth = clock.Today.AddMonths(-1);
        try
        {
            var result = await mediator.Send(new RunMonthlyMentoringReport(lastMonth.Year, lastMonth.Month), ct);
            logger.LogInformation("Mentoring report {Month}: {Outcome}", result.Month,
                result.AlreadyDone ? "already stored" : $"stored and emailed to {result.Emailed} staff");
        }
        catch (DbUpdateException ex)
        {
            // Another instance stored this month's report first (unique month): it sends the emails.
            logger.LogInformation(ex, "The mentoring report for {Month} was claimed by another instance", $"{lastMonth:yyyy-MM}");
        }
    }
}
