using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

/// <summary>A billing period that should have been invoiced by now but has no finished run.</summary>
public sealed record MissedPeriod(string PeriodKey, string PeriodName, bool IsCurrent);

/// <summary>
/// The periods due for invoicing on a day: for each frequency with a policy in force, the period containing the day
/// and up to <see cref="DuesOptions.BackfillPeriods"/> before it, that a policy covers and no run has finished.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ListMissedPeriods(DateOnly Today) : IRequest<IReadOnlyList<MissedPeriod>>;

public sealed class ListMissedPeriodsHandler(IAppDbContext db, IOptions<DuesOptions> options) : IRequestHandler<ListMissedPeriods, IReadOnlyList<MissedPeriod>>
{
    public async Task<IReadOnlyList<MissedPeriod>> Handle(ListMissedPeriods request, CancellationToken cancellationToken)
    {
        var policies = await db.DuesPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var finished = (await db.InvoiceRuns.AsNoTracking().Where(r => r.Kind == InvoiceKind.Dues && r.Status == InvoiceRunStatus.Succeeded).Select(r => r.PeriodKey)
            .ToListAsync(cancellationToken)).ToHashSet();
        var due = new List<MissedPeriod>();
        foreach (var frequency in policies.Select(p => p.Frequency).Distinct())
        {
            var current = BillingPeriod.Containing(frequency, request.Today);
            var period = current;
            for (var back = 0; back < options.Value.BackfillPeriods; back++)
            {
                period = BillingPeriod.Containing(frequency, period.Start.AddDays(-1));
            }

            for (; period.Start <= current.Start; period = period.Next())
            {
                if (!finished.Contains(period.Key) && DuesPolicy.InForce(policies, period) is not null)
                {
                    due.Add(new MissedPeriod(period.Key, period.Describe(), period == current));
                }
            }
        }

        return due.OrderBy(p => p.PeriodKey, StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// What the scheduled job sends: invoices the current period and backfills missed ones (e.g. the server was down on
/// the 1st), oldest first. Each is an ordinary, idempotent <see cref="RunInvoices"/>.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunScheduledInvoices(DateOnly Today) : IRequest<IReadOnlyList<InvoiceRunDto>>;

public sealed class RunScheduledInvoicesHandler(IMediator sender) : IRequestHandler<RunScheduledInvoices, IReadOnlyList<InvoiceRunDto>>
{
    public async Task<IReadOnlyList<InvoiceRunDto>> Handle(RunScheduledInvoices request, CancellationToken cancellationToken)
    {
        var runs = new List<InvoiceRunDto>();
        foreach (var period in await sender.Send(new ListMissedPeriods(request.Today), cancellationToken))
        {
            runs.Add(await sender.Send(new RunInvoices(period.PeriodKey, period.IsCurrent ? "scheduled" : "backfill of a missed period"), cancellationToken));
        }

        return runs;
    }
}
