using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Financing;
using Hangfire;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>
/// Daily: borrowers behind on a loan hear once per overdue installment (<see cref="SendLoanArrearsReminders"/>). Each
/// reminder is a row unique per loan and due date, written with the email; a rerun or a second node sends nothing more.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class LoanArrearsReminderJob(IMediator mediator, JobRunner runner, AllianceClock clock, ILogger<LoanArrearsReminderJob> logger)
{
    // Claim: one reminder row per loan and overdue installment.
    public Task RunAsync(CancellationToken ct) => runner.RunAsync(JobSchedule.LoanArrearsReminders, async () =>
    {
        var result = await mediator.Send(new SendLoanArrearsReminders(clock.Today), ct);
        logger.LogInformation("Loan arrears: {Behind} loans behind, {Reminded} borrowers reminded", result.LoansInArrears, result.RemindersSent);
    }, typeof(LoanArrearsReminder));
}
