using System.Diagnostics;
using AutoMapper;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

/// <summary>How a start from the web went: the run as it stands (null while no job server has picked it up) and whether it has ended.</summary>
public sealed record InvoiceRunStart(string PeriodKey, InvoiceRunDto? Run, bool Ended);

/// <summary>
/// Starts a period's invoice run from the web (the Runs page, <c>POST /api/v1/dues/runs</c>). Emailing every invoice
/// with its statement makes a run of thousands of co-ops take tens of seconds, longer than a browser or a proxy should
/// wait, so the run is queued as a background job (<see cref="IInvoiceRunQueue"/>: any job server on any node runs it,
/// as the person who started it, and the Hangfire dashboard shows it) and the request only follows it, by reading the
/// run's row in the database: a run that ends within <c>Dues:StartWaitSeconds</c> is answered as ended; a longer one
/// with the run as it stands (its page refreshes itself until it is done). A bad period, a period without a policy or
/// a caller who is not staff are refused here, before anything is queued. A run already under way (a live claim) is
/// answered as it stands and not queued again. Nothing here decides what is invoiced: <see cref="RunInvoices"/> claims
/// the period in the database, so starting again, from another node or while a run is under way, never invoices twice.
/// Not a command: it writes nothing itself, and it must see the job's commits while it waits (no transaction).
/// </summary>
[Authorize(Roles.Staff)]
public sealed record StartInvoiceRun(string Period) : IRequest<InvoiceRunStart>;

public sealed class StartInvoiceRunValidator : AbstractValidator<StartInvoiceRun>
{
    public StartInvoiceRunValidator() =>
        RuleFor(x => x.Period).Must(p => BillingPeriod.TryParse(p?.Trim() ?? "", out _))
            .WithMessage("Write the billing period as a month (2027-01), a quarter (2027-Q1) or a year (2027).");
}

public sealed class StartInvoiceRunHandler(IAppDbContext db, IInvoiceRunQueue queue, ICurrentUser user, TimeProvider clock,
    IOptions<DuesOptions> options, IMapper mapper) : IRequestHandler<StartInvoiceRun, InvoiceRunStart>
{
    /// <summary>How often the waiting request reads the run's row.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>How long after its wait a request still waits for a job server to pick the run up, to answer with the run itself.</summary>
    public static readonly TimeSpan PickUpWait = TimeSpan.FromSeconds(30);

    public async Task<InvoiceRunStart> Handle(StartInvoiceRun request, CancellationToken cancellationToken)
    {
        var pp = await InvoiceComputation.PolicyForAsync(db, request.Period.Trim(), cancellationToken);
        var key = pp.Period.Key;
        var before = await ReadAsync(key, cancellationToken);
        if (before is not null && before.IsLive(clock.GetUtcNow()))
        {
            return new InvoiceRunStart(key, mapper.Map<InvoiceRunDto>(before), Ended: false);
        }

        queue.Enqueue(key, user.Id ?? throw new ForbiddenAccessException("An invoice run is started by a person, who it then runs as."));

        var wait = TimeSpan.FromSeconds(Math.Max(0, options.Value.StartWaitSeconds));
        var waited = Stopwatch.StartNew();
        while (true)
        {
            // The job's own doing: a new row, or a further attempt on the period's row (a run ended before is taken over).
            var run = await ReadAsync(key, cancellationToken);
            var picked = run is not null && (before is null || run.Attempts > before.Attempts) ? run : null;
            if (picked is not null && picked.Status != InvoiceRunStatus.Running)
            {
                return new InvoiceRunStart(key, mapper.Map<InvoiceRunDto>(picked), Ended: true);
            }

            if (waited.Elapsed >= wait && (picked is not null || waited.Elapsed >= wait + PickUpWait))
            {
                return new InvoiceRunStart(key, picked is null ? null : mapper.Map<InvoiceRunDto>(picked), Ended: false);
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    private Task<InvoiceRun?> ReadAsync(string key, CancellationToken ct) =>
        db.InvoiceRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Kind == InvoiceKind.Dues && r.PeriodKey == key, ct);
}
