using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Domain.Dues;
using Hangfire;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>
/// Daily: put each participant's share of every campaign whose joining deadline has passed on its co-op's account
/// (<see cref="ChargeDueCampaigns"/>). Exactly once however it fires: each campaign is charged in one transaction that moves
/// it from open to charged under its version, and each share is an invoice unique per co-op and campaign — a second node
/// finds the campaign charged, or meets those keys, and leaves it. A missed day is caught up the next day.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class CampaignChargeJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<CampaignChargeJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.CampaignCharge, async () =>
    {
        var result = await mediator.Send(new ChargeDueCampaigns(clock.Today), ct);
        logger.LogInformation("Campaign charge: {Charged} campaign(s) charged, {Invoices} share invoice(s), {Amount} billed, {Elsewhere} left to another node",
            result.Charged, result.Invoices, result.Amount, result.LeftToAnother);
    }, typeof(Invoice));
}
