using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>
/// The 1st of the month, after the dues run: bill the month's group benefit premiums. Idempotent like the dues run — the
/// month's run is claimed in the run log and each co-op has at most one premium invoice per month (a unique key), so the
/// job firing twice, on two nodes or after a crash bills nobody twice; a missed 1st is caught up by the next firing in
/// the same month or by staff starting the month from the premium runs page.
/// </summary>
public sealed class PremiumRunJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<PremiumRunJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.BenefitPremiums, async () =>
    {
        var month = BillingPeriod.Containing(BillingFrequency.Monthly, clock.Today).Key;
        var run = await mediator.Send(new RunPremiums(month, "scheduled"), ct);
        logger.LogInformation("Premium run {Period}: {Status}, {Created} invoices issued, {Skipped} skipped, {Errors} errors",
            run.PeriodKey, run.Status, run.Created, run.Skipped, run.Errors);
    });
}
