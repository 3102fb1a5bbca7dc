using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Events.Registrations;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Events;
using Hangfire;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>
/// Every quarter of an hour: waitlist offers that ran out expire and their places pass to the next person waiting
/// (<see cref="ExpireEventOffers"/>; safe twice and on two nodes — only offers past due change, under the rows' versions).
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class EventOfferExpiryJob(IMediator mediator, JobRunner runner, ILogger<EventOfferExpiryJob> logger)
{
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(ExpireEventOffers.JobName, async () =>
    {
        var result = await mediator.Send(new ExpireEventOffers(), ct);
        logger.LogInformation("Event offers: {Expired} expired, {Offered} places offered", result.Expired, result.Offered);
    }, typeof(Registration), typeof(SessionSignup));
}

/// <summary>
/// Daily: remind registrants before their event, erase needs after the retention time, and put member co-ops'
/// registrations on their accounts after the event (each step idempotent by the database: see its command).
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class EventRegistrationsDailyJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<EventRegistrationsDailyJob> logger)
{
    public const string JobName = "event-registrations-daily";

    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobName, async () =>
    {
        var reminders = await mediator.Send(new SendEventReminders(clock.Today), ct);
        var erased = await mediator.Send(new EraseEventNeeds(clock.Today), ct);
        var fees = await mediator.Send(new ChargeEventFees(clock.Today), ct);
        logger.LogInformation("Event registrations day: {Reminded} reminders, needs erased from {Erased} registrations, {Events} events charged ({Invoices} invoices, {Amount})",
            reminders.Reminded, erased, fees.Events, fees.Invoices, fees.Amount);
    }, typeof(Registration), typeof(Invoice));
}
