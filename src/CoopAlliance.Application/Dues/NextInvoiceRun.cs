using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>The period a run should invoice next, and the day its invoices would be due if it were run today.</summary>
public sealed record NextInvoiceRunDto(string PeriodKey, string PeriodName, DateOnly DueOn, bool Missed);

/// <summary>
/// What the Runs page proposes: the oldest period the scheduled job would still invoice (a missed one, see
/// <see cref="ListMissedPeriods"/>), else the first period from the current one on that no run has invoiced yet
/// and a policy covers. Its due date is <see cref="Invoice.DueDate"/> for a run issued today: the same day the
/// scheduled run gives. Null when no policy is in force.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetNextInvoiceRun(DateOnly Today) : IRequest<NextInvoiceRunDto?>;

public sealed class GetNextInvoiceRunHandler(IAppDbContext db, IMediator sender) : IRequestHandler<GetNextInvoiceRun, NextInvoiceRunDto?>
{
    /// <summary>How far ahead to look for a period not invoiced yet (a policy's periods are rarely invoiced further ahead).</summary>
    private const int LookAhead = 24;

    public async Task<NextInvoiceRunDto?> Handle(GetNextInvoiceRun request, CancellationToken cancellationToken)
    {
        var policies = await db.DuesPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var missed = (await sender.Send(new ListMissedPeriods(request.Today), cancellationToken)).FirstOrDefault();
        if (missed is not null)
        {
            return For(BillingPeriod.Parse(missed.PeriodKey), policies, request.Today, missed: !missed.IsCurrent);
        }

        var finished = (await db.InvoiceRuns.AsNoTracking().Where(r => r.Kind == InvoiceKind.Dues && r.Status == InvoiceRunStatus.Succeeded).Select(r => r.PeriodKey)
            .ToListAsync(cancellationToken)).ToHashSet();
        BillingPeriod? next = null;
        foreach (var frequency in policies.Select(p => p.Frequency).Distinct())
        {
            var period = BillingPeriod.Containing(frequency, request.Today);
            for (var ahead = 0; ahead < LookAhead; ahead++, period = period.Next())
            {
                if (!finished.Contains(period.Key) && DuesPolicy.InForce(policies, period) is not null)
                {
                    next = next is null || period.Start < next.Value.Start ? period : next;
                    break;
                }
            }
        }

        return next is null ? null : For(next.Value, policies, request.Today, missed: false);
    }

    private static NextInvoiceRunDto? For(BillingPeriod period, List<DuesPolicy> policies, DateOnly today, bool missed) =>
        DuesPolicy.InForce(policies, period) is { } policy
            ? new NextInvoiceRunDto(period.Key, period.Describe(), Invoice.DueDate(period, today, policy.DueDays), missed)
            : null;
}
