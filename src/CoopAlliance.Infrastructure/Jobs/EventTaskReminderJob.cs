using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Events.Partners;
using CoopAlliance.Domain.Operations;
using Hangfire;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>
/// Daily: owners of open planning tasks due soon get one reminder each (<see cref="RunTaskReminders"/>). Each reminder is
/// recorded on its task in the transaction that queues the email, under the task's version, so a rerun or a second node
/// sends nothing more; a missed day is caught up the next (late tasks not yet reminded are included).
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class EventTaskReminderJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<EventTaskReminderJob> logger)
{
    // Claims: the run log row of the day (each reminder is also recorded on its task, in the same transaction).
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.EventTaskReminders, async () =>
    {
        var result = await mediator.Send(new RunTaskReminders(clock.Today), ct);
        logger.LogInformation("Event task reminders: {Reminded} task owners reminded", result.Reminded);
    }, typeof(JobRun));
}
