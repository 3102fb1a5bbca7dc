using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Assistance;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

public sealed record SlaMonitorResult(int Checked, int Alerts);

/// <summary>
/// Flags open requests whose first response or resolution is due soon or overdue, and emails the assignee and
/// staff — once per threshold. Each alert is recorded with its emails in one save, under a unique key (request,
/// threshold, due date), so a second run, a second node or a retry after a crash never sends it twice; and since
/// alerts commit as they go, a crash loses nothing already sent. The emails carry the request's title, co-op,
/// status and dates only: no description or comment text, and they go to staff and providers, never to the co-op.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record MonitorSlas : IRequest<SlaMonitorResult>;

public sealed class MonitorSlasHandler(IAppDbContext db, AllianceClock clock, IOptions<AssistanceOptions> options, AssistanceNotifier notifier,
    ILogger<MonitorSlasHandler> logger) : IRequestHandler<MonitorSlas, SlaMonitorResult>
{
    public async Task<SlaMonitorResult> Handle(MonitorSlas request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var policy = o.SlaPolicy();
        var open = await db.AssistanceRequests.AsNoTracking()
            .Where(r => r.Status != AssistanceStatus.Resolved && r.Status != AssistanceStatus.Closed && r.Status != AssistanceStatus.Declined)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var openIds = open.Select(r => r.Id).ToList();
        var sent = (await db.SlaAlerts.AsNoTracking().Where(a => openIds.Contains(a.AssistanceRequestId))
                .Select(a => new { a.AssistanceRequestId, a.Threshold, a.DueOn }).ToListAsync(cancellationToken))
            .Select(a => (a.AssistanceRequestId, a.Threshold, a.DueOn)).ToHashSet();
        var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var coops = await db.Cooperatives.AsNoTracking().Select(c => new { c.Id, Name = c.TradeName ?? c.LegalName })
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        var alerts = 0;
        foreach (var r in open)
        {
            foreach (var (threshold, dueOn) in Crossed(r, policy, clock, today))
            {
                if (sent.Contains((r.Id, threshold, dueOn)))
                {
                    continue;
                }

                var provider = r.ProviderId is { } pid ? providers.GetValueOrDefault(pid) : null;
                var to = (await notifier.StaffAddressesAsync(cancellationToken)).ToList();
                if (provider is not null)
                {
                    to.Add(await notifier.ProviderAddressAsync(provider, cancellationToken) ?? "");
                }

                db.SlaAlerts.Add(new SlaAlert(r.Id, threshold, dueOn, now));
                var coop = coops.GetValueOrDefault(r.CooperativeId, "a member co-op");
                var overdue = threshold is SlaThreshold.FirstResponseBreached or SlaThreshold.ResolutionBreached;
                notifier.Send(to, $"{(overdue ? "Overdue" : "Due soon")}: {r.Title} ({coop})",
                    $"The request \"{r.Title}\" from {coop} ({r.Category.Describe()}, priority {r.Priority}) has its {threshold.Describe()}: " +
                    $"it was due by {dueOn:dddd, MMMM d, yyyy}.\n\nStatus: {r.Status.Describe()}. " +
                    $"Assigned to: {provider?.Name ?? "nobody yet"}.\n\n{notifier.Link(r.Id)}\n");
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    alerts++;
                }
                catch (DbUpdateException ex) when (db.IsDuplicateKey(ex, typeof(SlaAlert)))
                {
                    // Another node recorded this alert (and its emails) first: drop ours.
                    logger.LogInformation(ex, "SLA alert {Threshold} for request {RequestId} was already recorded", threshold, r.Id);
                    db.ChangeTracker.Clear();
                }
            }
        }

        return new SlaMonitorResult(open.Count, alerts);
    }

    /// <summary>The thresholds this request has crossed today (a breach implies the warning, so only the breach is sent then).</summary>
    private static IEnumerable<(SlaThreshold, DateOnly)> Crossed(AssistanceRequest r, SlaPolicy policy, AllianceClock clock, DateOnly today)
    {
        switch (Sla.FirstResponse(r, policy, clock, today))
        {
            case SlaState.AtRisk:
                yield return (SlaThreshold.FirstResponseAtRisk, r.FirstResponseDueOn);
                break;
            case SlaState.Breached:
                yield return (SlaThreshold.FirstResponseBreached, r.FirstResponseDueOn);
                break;
        }

        switch (Sla.Resolution(r, policy, clock, today))
        {
            case SlaState.AtRisk:
                yield return (SlaThreshold.ResolutionAtRisk, r.ResolutionDueOn);
                break;
            case SlaState.Breached:
                yield return (SlaThreshold.ResolutionBreached, r.ResolutionDueOn);
                break;
        }
    }
}
