using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Registrations;

public sealed record EventOffersResult(int Expired, int Offered);

/// <summary>
/// Every quarter of an hour: waitlist offers (event places and workshop places) whose time ran out expire, and their
/// places pass to the next people waiting, each offer emailed once. Also offers places that opened otherwise (staff
/// raised the capacity). Idempotent by the database: only offers past due change, an offer is made only where the pool
/// has room, and the event or session row's version makes a second node running at the same moment fail and roll back.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ExpireEventOffers : ICommand<EventOffersResult>
{
    public const string JobName = "event-offer-expiry";
}

public sealed class ExpireEventOffersHandler(IAppDbContext db, AllianceClock clock, IOptions<EventOptions> options, IOptions<AppOptions> app)
    : IRequestHandler<ExpireEventOffers, EventOffersResult>
{
    public async Task<EventOffersResult> Handle(ExpireEventOffers request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var localNow = clock.Now.DateTime;
        int expired = 0, offered = 0;

        var expiredPlaces = await db.Registrations.Where(r => r.Status == PlaceStatus.Offered && r.OfferExpiresAt <= now).ToListAsync(cancellationToken);
        var eventIds = expiredPlaces.Select(r => r.EventId)
            .Concat(await db.Registrations.Where(r => r.Status == PlaceStatus.Waitlisted).Select(r => r.EventId).Distinct().ToListAsync(cancellationToken))
            .Concat(await db.Registrations.Where(r => r.Status == PlaceStatus.Offered && (r.OfferSentAt == null || r.OfferSentAt < r.OfferedAt))
                .Select(r => r.EventId).Distinct().ToListAsync(cancellationToken))
            .Distinct().ToList();
        var events = await db.Events.Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var r in expiredPlaces)
        {
            if (r.ExpireOffer(events[r.EventId], now))
            {
                expired++;
            }
        }

        foreach (var ev in events.Values.Where(e => e.Status == EventStatus.Published && !e.IsOver(localNow)))
        {
            offered += await WaitlistOffers.OfferEventPlacesAsync(db, ev, clock, options.Value, app.Value, cancellationToken);
            foreach (var unsent in await db.Registrations.Where(r => r.EventId == ev.Id && r.Status == PlaceStatus.Offered).ToListAsync(cancellationToken))
            {
                WaitlistOffers.SendOfferEmail(db, ev, unsent, clock, app.Value);
            }
        }

        var expiredSignups = await db.SessionSignups.Where(s => s.Status == PlaceStatus.Offered && s.OfferExpiresAt <= now).ToListAsync(cancellationToken);
        var sessionIds = expiredSignups.Select(s => s.SessionId)
            .Concat(await db.SessionSignups.Where(s => s.Status == PlaceStatus.Waitlisted).Select(s => s.SessionId).Distinct().ToListAsync(cancellationToken))
            .Distinct().ToList();
        var sessions = await db.EventSessions.Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var s in expiredSignups)
        {
            if (s.ExpireOffer(sessions[s.SessionId], now))
            {
                expired++;
            }
        }

        var sessionEventIds = sessions.Values.Select(s => s.EventId).Distinct().ToList();
        var sessionEvents = await db.Events.Where(e => sessionEventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var session in sessions.Values)
        {
            var ev = sessionEvents[session.EventId];
            if (ev.Status == EventStatus.Published)
            {
                offered += await WaitlistOffers.OfferSessionPlacesAsync(db, ev, session, clock, options.Value, app.Value, cancellationToken);
            }
        }

        return new EventOffersResult(expired, offered);
    }
}
