using System.Globalization;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Common;
using CoopAlliance.Infrastructure.Identity;
using Hangfire;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>Queues a run started from the web as a Hangfire job (see <see cref="InvoiceRunJob"/>).</summary>
public sealed class HangfireInvoiceRunQueue(IBackgroundJobClient jobs) : IInvoiceRunQueue
{
    public string Enqueue(string periodKey, int startedBy) =>
        jobs.Enqueue<InvoiceRunJob>(j => j.RunAsync(periodKey, startedBy, CancellationToken.None));
}

/// <summary>
/// An invoice run someone started from the web, run by whichever Hangfire server takes it from its queue (every app
/// node's server serves <see cref="Queue"/>), as that person: the run's log and its audit name them, and they must
/// still be an active staff member when it starts. The run's claim in the database decides what is done, so a retry,
/// a second start or a second node never invoices twice; a run that fails is marked failed by the run itself, and
/// Hangfire's retry then resumes it (co-ops already invoiced are skipped). A refusal (the person was disabled or is no
/// longer staff, the policy went away) is logged and not retried.
/// </summary>
[Queue(Queue)]
[AutomaticRetry(Attempts = 3)]
public sealed class InvoiceRunJob(IMediator mediator, CurrentUser user, UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals, ILogger<InvoiceRunJob> logger)
{
    /// <summary>The Hangfire queue of runs started by people (served before the recurring jobs' default queue).</summary>
    public const string Queue = "invoice-runs";

    public async Task RunAsync(string periodKey, int startedBy, CancellationToken ct)
    {
        var person = await users.FindByIdAsync(startedBy.ToString(CultureInfo.InvariantCulture));
        if (person is not { IsDisabled: false })
        {
            logger.LogWarning("Invoice run {Period} was not started: login {UserId} who asked for it is gone or disabled", periodKey, startedBy);
            return;
        }

        user.RunAs(await principals.CreateAsync(person));
        try
        {
            var run = await mediator.Send(new RunInvoices(periodKey, "started from the web"), ct);
            logger.LogInformation("Invoice run {Period} (#{RunId}) started by login {UserId}: {Status}, {Created} invoices issued, {Skipped} skipped, {Errors} errors",
                run.PeriodKey, run.Id, startedBy, run.Status, run.Created, run.Skipped, run.Errors);
        }
        catch (Exception ex) when (ex is ValidationException or DomainRuleException or ForbiddenAccessException or NotFoundException)
        {
            logger.LogWarning(ex, "Invoice run {Period} started by login {UserId} was refused", periodKey, startedBy);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Invoice run {Period} started by login {UserId} failed; Hangfire retries it", periodKey, startedBy);
            throw;
        }
    }
}
