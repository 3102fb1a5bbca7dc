using CoopAlliance.Application.Governance;
using Hangfire;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>
/// Every few minutes: settle eligibility on record dates, open and close voting at the set times (results computed at
/// close), meeting notices to every delegate and term-end reminders, once each (<see cref="RunGovernanceJobs"/>).
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class GovernanceJob(IMediator mediator, JobRunner runner, ILogger<GovernanceJob> logger)
{
    // Claims: none beyond the notices' unique keys; states only move forward, so a rerun finds nothing left to do.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.Governance, async () =>
    {
        var r = await mediator.Send(new RunGovernanceJobs(), ct);
        logger.LogInformation("Governance: {Settled} eligibility settled, {Opened} opened, {Closed} closed, {Notices} notices, {Reminders} term reminders",
            r.EligibilitySettled, r.Opened, r.Closed, r.NoticesSent, r.RemindersSent);
    });
}
