using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Assistance;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

public sealed record CountByName(string Name, int Count);

public sealed record AssistanceDashboard(
    int Open,
    IReadOnlyDictionary<AssistanceStatus, int> OpenByStatus,
    IReadOnlyList<CountByName> OpenByAge,
    IReadOnlyList<CountByName> OpenByAssignee,
    IReadOnlyDictionary<SlaState, int> ResolutionSla,
    int FirstResponseOverdue,
    int NeedsHoursApproval,
    double? AverageRating,
    int Ratings);

/// <summary>Staff's view of the queue: open requests by status, age, assignee and SLA status.</summary>
[Authorize(Roles.Staff)]
public sealed record GetAssistanceDashboard : IRequest<AssistanceDashboard>;

public sealed class GetAssistanceDashboardHandler(IAppDbContext db, AllianceClock clock, IOptions<AssistanceOptions> options)
    : IRequestHandler<GetAssistanceDashboard, AssistanceDashboard>
{
    private static readonly (string Name, int MaxDays)[] AgeBands =
        [("Under a week", 6), ("1–4 weeks", 29), ("1–3 months", 89), ("Over 3 months", int.MaxValue)];

    public async Task<AssistanceDashboard> Handle(GetAssistanceDashboard request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var policy = o.SlaPolicy();
        var open = await db.AssistanceRequests.AsNoTracking()
            .Where(r => r.Status != AssistanceStatus.Resolved && r.Status != AssistanceStatus.Closed && r.Status != AssistanceStatus.Declined)
            .ToListAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var ratings = await db.AssistanceRequests.Where(r => r.Rating != null).Select(r => r.Rating!.Value).ToListAsync(cancellationToken);

        var byAge = AgeBands.Select(b => new CountByName(b.Name, 0)).ToList();
        foreach (var r in open)
        {
            var days = today.DayNumber - clock.DateOf(r.SubmittedAt).DayNumber;
            var band = Array.FindIndex(AgeBands, b => days <= b.MaxDays);
            byAge[band] = byAge[band] with { Count = byAge[band].Count + 1 };
        }

        return new AssistanceDashboard(
            open.Count,
            open.GroupBy(r => r.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            byAge,
            open.GroupBy(r => r.ProviderId is { } id ? providers.GetValueOrDefault(id, "Unknown provider") : "Not assigned")
                .Select(g => new CountByName(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Name).ToList(),
            open.GroupBy(r => Sla.Resolution(r, policy, clock, today)).ToDictionary(g => g.Key, g => g.Count()),
            open.Count(r => Sla.FirstResponse(r, policy, clock, today) == SlaState.Breached),
            open.Count(r => r.NeedsHoursApproval),
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            ratings.Count);
    }
}
