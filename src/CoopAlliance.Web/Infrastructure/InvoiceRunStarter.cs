using System.Security.Claims;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;
using MediatR;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// Starts an invoice run from the web (the Runs page and <c>POST /api/v1/dues/runs</c>) outside the request that asked
/// for it. Emailing every invoice with its statement makes a run of thousands of co-ops take tens of seconds, longer
/// than a browser or a proxy should wait, and a run tied to its request was cancelled halfway when the tab closed.
/// So the run goes on in the background under the caller's identity, and the request waits up to ten seconds
/// (<c>Dues:StartWaitSeconds</c>): a run that ends by then is answered as before (errors included, so a bad period
/// or a missing policy is still said beside the form); a longer one is answered with the run as it stands, whose
/// page refreshes itself until it is done. Nothing here decides what is invoiced: <see cref="RunInvoices"/> claims the
/// period in the database, so starting again, from another node or while a run is under way, never invoices twice.
/// If the app stops mid-run, the claim goes stale and the next start (or the scheduled run) resumes it.
/// </summary>
public sealed class InvoiceRunStarter(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IConfiguration config,
    ILogger<InvoiceRunStarter> logger)
{
    private TimeSpan Wait => TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Dues:StartWaitSeconds", 10.0)));

    /// <summary>The run of the period, and whether it has ended (false: still running in the background).</summary>
    public async Task<(InvoiceRunDto Run, bool Ended)> StartAsync(string period, ClaimsPrincipal caller, CancellationToken requestAborted)
    {
        Task<InvoiceRunDto> work;
        using (ExecutionContext.SuppressFlow()) // not the request's context: the run outlives it
        {
            work = Task.Run(() => RunAsync(period, caller));
        }

        // A refusal (bad period, no policy, not staff) is answered to the caller; anything else may happen after it left.
        _ = work.ContinueWith(t =>
            {
                if (t.Exception?.InnerException is not (ValidationException or DomainRuleException or ForbiddenAccessException or NotFoundException))
                {
                    logger.LogError(t.Exception, "Invoice run {Period} started from the web failed", period);
                }
            },
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        if (await Task.WhenAny(work, Task.Delay(Wait, requestAborted)) == work)
        {
            return (await work, true);
        }

        // Still going: answer with the run as it stands once the worker has claimed it (at once, in practice).
        if (!BillingPeriod.TryParse(period.Trim(), out var asked))
        {
            return (await work, true); // refused by the run's validation in a moment; let its error answer
        }

        var key = asked.Key;
        while (!work.IsCompleted)
        {
            var running = await ReadAsync(caller, key, requestAborted);
            if (running is { Status: InvoiceRunStatus.Running })
            {
                return (running, false);
            }

            await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(100), requestAborted));
        }

        return (await work, true);
    }

    private async Task<InvoiceRunDto> RunAsync(string period, ClaimsPrincipal caller)
    {
        using var scope = scopes.CreateScope();
        ActAs(scope, caller);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunInvoices(period), lifetime.ApplicationStopping);
    }

    private async Task<InvoiceRunDto?> ReadAsync(ClaimsPrincipal caller, string periodKey, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        ActAs(scope, caller);
        var runs = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListInvoiceRuns(), ct);
        return runs.FirstOrDefault(r => r.PeriodKey == periodKey);
    }

    private static void ActAs(IServiceScope scope, ClaimsPrincipal caller) =>
        ((HttpPrincipalAccessor)scope.ServiceProvider.GetRequiredService<IPrincipalAccessor>()).ActAs(caller);
}
