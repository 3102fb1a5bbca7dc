using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Events.Deliberation;
using CoopAlliance.Domain.Operations;
using Hangfire;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>
/// Daily: ask each commitment's owner how it is going at each follow-up date (<see cref="SendCommitmentFollowUps"/>):
/// one email per follow-up, marked asked in the same transaction. Claims: the run log row of the day, and each
/// commitment's version — a second node finds the claim taken or the follow-up asked and sends nothing.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class CommitmentFollowUpJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<CommitmentFollowUpJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.CommitmentFollowUps, async () =>
    {
        var result = await mediator.Send(new SendCommitmentFollowUps(clock.Today), ct);
        logger.LogInformation("Commitment follow-ups: {Asked} owners asked", result.Asked);
    }, typeof(JobRun));
}
