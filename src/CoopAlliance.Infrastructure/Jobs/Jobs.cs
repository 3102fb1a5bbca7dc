using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.DataReview;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Mentoring;
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
    public const string OfferExpiry = ExpireOffers.JobName;
    public const string SessionReminders = SendSessionReminders.JobName;
    public const string MentoringReport = RunMonthlyMentoringReport.JobName;

    public static void Register(IRecurringJobManager jobs, JobOptions options)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        jobs.AddOrUpdate<DataReviewJob>(DataReview, j => j.RunAsync(CancellationToken.None), options.DataReviewCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<OutboxJob>(Outbox, j => j.RunAsync(CancellationToken.None), options.OutboxCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<OfferExpiryJob>(OfferExpiry, j => j.RunAsync(CancellationToken.None), options.OfferExpiryCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<SessionReminderJob>(SessionReminders, j => j.RunAsync(CancellationToken.None), options.SessionReminderCron,
            new RecurringJobOptions { TimeZone = zone });
        jobs.AddOrUpdate<MentoringReportJob>(MentoringReport, j => j.RunAsync(CancellationToken.None), options.MentoringReportCron,
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

/// <summary>Daily: expire mentoring offers nobody answered in time (their co-ops go back into the suggestions).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class OfferExpiryJob(IMediator mediator, CurrentUser user, TimeProvider clock, IOptions<JobOptions> options, ILogger<OfferExpiryJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var result = await mediator.Send(new ExpireOffers(JobSchedule.Today(clock, options.Value)), ct);
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
public sealed class SessionReminderJob(IMediator mediator, CurrentUser user, TimeProvider clock, IOptions<JobOptions> options, ILogger<SessionReminderJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        try
        {
            var result = await mediator.Send(new SendSessionReminders(JobSchedule.Today(clock, options.Value)), ct);
            logger.LogInformation("Session reminders: {Reminded} of {Active} active matches reminded", result.Reminded, result.ActiveMatches);
        }
        catch (DbUpdateException ex)
        {
            // Another instance sent the same reminders first (unique match + gap): nothing is sent twice.
            logger.LogInformation(ex, "Session reminders were claimed by another instance");
        }
    }
}

/// <summary>Monthly: the mentoring report for the month just ended (stored once per month, emailed to staff).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class MentoringReportJob(IMediator mediator, CurrentUser user, TimeProvider clock, IOptions<JobOptions> options, ILogger<MentoringReportJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        user.RunAsSystem();
        var lastMonth = JobSchedule.Today(clock, options.Value).AddMonths(-1);
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
