using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>
/// Passes freed places on: whenever a place is given up (a cancellation, an expired offer), the longest-waiting people
/// are offered what the pool now has room for (<see cref="Waitlist.OfferFreedPlaces{T}"/>), and each offer's email is
/// queued once (<see cref="Registration.OfferEmailDue"/> / <see cref="Registration.MarkOfferSent"/>; a workshop offer is
/// emailed as it is made, in the same transaction).
/// </summary>
internal static class WaitlistOffers
{
    public static async Task<int> OfferEventPlacesAsync(IAppDbContext db, Event ev, AllianceClock clock, EventOptions options, AppOptions app, CancellationToken ct)
    {
        var now = clock.UtcNow;
        if (ev.Status != EventStatus.Published || ev.IsOver(clock.Now.DateTime) || !ev.HasRoom)
        {
            return 0;
        }

        var waiting = await db.Registrations.Where(r => r.EventId == ev.Id && r.Status == PlaceStatus.Waitlisted).ToListAsync(ct);
        var offered = Waitlist.OfferFreedPlaces(ev, waiting, now, TimeSpan.FromHours(options.OfferHours));
        foreach (var r in offered)
        {
            SendOfferEmail(db, ev, r, clock, app);
        }

        return offered.Count;
    }

    public static void SendOfferEmail(IAppDbContext db, Event ev, Registration r, AllianceClock clock, AppOptions app)
    {
        if (!r.OfferEmailDue)
        {
            return;
        }

        db.OutboxMessages.Add(RegistrationEmails.Offer(ev, r, app, AllianceTime.Of(r.OfferExpiresAt!.Value, clock.Zone), clock.UtcNow));
        r.MarkOfferSent(clock.UtcNow);
    }

    public static async Task<int> OfferSessionPlacesAsync(IAppDbContext db, Event ev, EventSession session, AllianceClock clock, EventOptions options, AppOptions app,
        CancellationToken ct)
    {
        var now = clock.UtcNow;
        if (!session.HasRoom || ev.IsOver(clock.Now.DateTime))
        {
            return 0;
        }

        var waiting = await db.SessionSignups.Where(s => s.SessionId == session.Id && s.Status == PlaceStatus.Waitlisted).ToListAsync(ct);
        var offered = Waitlist.OfferFreedPlaces(session, waiting, now, TimeSpan.FromHours(options.OfferHours));
        if (offered.Count > 0)
        {
            var ids = offered.Select(s => s.RegistrationId).ToList();
            var people = await db.Registrations.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            foreach (var s in offered)
            {
                db.OutboxMessages.Add(RegistrationEmails.SessionOffer(ev, session, people[s.RegistrationId], app,
                    AllianceTime.Of(s.OfferExpiresAt!.Value, clock.Zone), now));
            }
        }

        return offered.Count;
    }
}
