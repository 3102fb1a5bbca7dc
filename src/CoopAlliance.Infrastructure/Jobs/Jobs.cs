using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.DataReview;
using CoopAlliance.Application.Email;
using Hangfire;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>Every recurring schedule, declared in one place.</summary>
public static class JobSchedule
{
    public const string DataReview = "data-review";
    public const string Outbox = "send-email";
    public const string SlaMonitor = "assistance-sla";
    public const string AssistanceReport = SendMonthlyAssistanceReport.JobName;

    public static void Register(IRecurringJobManager jobs, JobOptions options)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        jobs.AddOrUpdate<DataReviewJob>(DataReview, j => j.RunAsync(CancellationToken.None), options.DataReviewCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<OutboxJob>(Outbox, j => j.RunAsync(CancellationToken.None), options.OutboxCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<SlaMonitorJob>(SlaMonitor, j => j.RunAsync(CancellationToken.None), options.SlaMonitorCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<AssistanceReportJob>(AssistanceReport, j => j.RunAsync(CancellationToken.None), options.AssistanceReportCron,
            new RecurringJobOptions { TimeZone = zone });
    }

    public static DateOnly Today(TimeProvider clock, JobOptions options) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone)).DateTime);
}

/// <summary>Nightly: record co-ops whose data is incomplete. The command does the work; this only schedules it.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DataReviewJob(IMediator mediator, CurrentUser user, TimeProvider clock, IOptions<JobOptions> options, ILogger<DataReviewJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var result = await mediator.Send(new RunDataReview(JobSchedule.Today(clock, options.Value)), ct);
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
/// Monthly: store last month's technical-assistance report and email it to staff. The stored report's month is
/// unique, so a second run does nothing and a second node racing this one fails to commit (and sends nothing).
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class AssistanceReportJob(IMediator mediator, CurrentUser user, TimeProvider clock, IOptions<JobOptions> options,
    ILogger<AssistanceReportJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var result = await mediator.Send(new SendMonthlyAssistanceReport(JobSchedule.Today(clock, options.Value)), ct);
            logger.LogInformation("Assistance report {Month}: {Outcome}", result.Month,
                result.AlreadyDone ? "already sent" : $"stored and emailed to {result.Emails} addresses");
        }
        catch (DbUpdateException ex)
        {
            logger.LogInformation(ex, "The assistance report for last month was stored by another instance");
        }
    }
}
