using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>The public list: published public events that are not over yet, soonest first.</summary>
[PublicRequest]
public sealed record ListUpcomingEvents : IRequest<IReadOnlyList<PublicEventSummary>>;

public sealed class ListUpcomingEventsHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<ListUpcomingEvents, IReadOnlyList<PublicEventSummary>>
{
    public const int Limit = 100;

    public async Task<IReadOnlyList<PublicEventSummary>> Handle(ListUpcomingEvents request, CancellationToken cancellationToken)
    {
        var now = clock.Now.DateTime;
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.IsPublic && e.EndsAt > now)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(Limit)
            .ToListAsync(cancellationToken);
        return events.Select(e => new PublicEventSummary(e.Id, e.Title, e.Slug, e.Summary, e.StartsAt, e.EndsAt, e.VenueName, e.Town, !e.HasRoom)).ToList();
    }
}
