using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Events;

/// <summary>
/// A claim on a place in a <see cref="ICapacityPool"/> (the event, or a workshop), with the one waitlist rule both
/// share: a place is confirmed while there is room; otherwise the person may wait. A freed place (a cancellation or an
/// expired offer) is offered to the longest-waiting person for a limited time; the offer counts against capacity until
/// it is taken or expires, so the pool is never overbooked.
/// </summary>
public abstract class Place : Entity
{
    public PlaceStatus Status { get; protected set; }
    public DateTimeOffset? WaitlistedAt { get; protected set; }
    public DateTimeOffset? OfferedAt { get; protected set; }
    public DateTimeOffset? OfferExpiresAt { get; protected set; }
    public DateTimeOffset? CancelledAt { get; protected set; }

    /// <summary>Whether this place counts against its pool's capacity.</summary>
    public bool HoldsPlace => Status is PlaceStatus.Confirmed or PlaceStatus.Offered;

    /// <summary>Takes a place if there is room; otherwise joins the waitlist when asked to, or refuses with <see cref="NoPlaceLeftException"/>.</summary>
    protected void Claim(ICapacityPool pool, bool joinWaitlistIfFull, DateTimeOffset at)
    {
        if (pool.HasRoom)
        {
            pool.Hold();
            Status = PlaceStatus.Confirmed;
            return;
        }

        if (!joinWaitlistIfFull)
        {
            throw new NoPlaceLeftException("There is no place left. You can join the waitlist and we will offer you a place if one frees up.");
        }

        Status = PlaceStatus.Waitlisted;
        WaitlistedAt = at;
    }

    /// <summary>Offers a freed place to this waiting person until <paramref name="expiresAt"/>.</summary>
    public void Offer(ICapacityPool pool, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        if (Status != PlaceStatus.Waitlisted)
        {
            throw new DomainRuleException("Only someone on the waitlist can be offered a place.");
        }

        if (expiresAt <= at)
        {
            throw new DomainRuleException("An offer must last some time.");
        }

        pool.Hold();
        Status = PlaceStatus.Offered;
        OfferedAt = at;
        OfferExpiresAt = expiresAt;
    }

    public void AcceptOffer(DateTimeOffset at)
    {
        if (Status == PlaceStatus.Confirmed)
        {
            return;
        }

        if (Status != PlaceStatus.Offered)
        {
            throw new DomainRuleException("There is no place on offer to accept.");
        }

        if (at >= OfferExpiresAt)
        {
            throw new DomainRuleException("Sorry, this offer has expired and the place has passed to the next person.");
        }

        Status = PlaceStatus.Confirmed;
    }

    /// <summary>Whether the offer has run out at <paramref name="at"/> (the expiry job's test).</summary>
    public bool OfferHasExpired(DateTimeOffset at) => Status == PlaceStatus.Offered && at >= OfferExpiresAt;

    /// <summary>The offer ran out: its place goes back to the pool (for the next person). Nothing happens if it was taken.</summary>
    public bool ExpireOffer(ICapacityPool pool, DateTimeOffset at)
    {
        if (!OfferHasExpired(at))
        {
            return false;
        }

        pool.Release();
        Status = PlaceStatus.OfferExpired;
        return true;
    }

    /// <summary>Gives the place up (or leaves the waitlist); returns whether a place was freed.</summary>
    public bool Cancel(ICapacityPool pool, DateTimeOffset at)
    {
        if (Status is PlaceStatus.Cancelled or PlaceStatus.OfferExpired)
        {
            return false;
        }

        var freed = HoldsPlace;
        if (freed)
        {
            pool.Release();
        }

        Status = PlaceStatus.Cancelled;
        CancelledAt = at;
        return freed;
    }
}

/// <summary>Who gets a freed place: the waitlist in the order people joined it.</summary>
public static class Waitlist
{
    /// <summary>The waiting places in turn order (joined first, then lowest id).</summary>
    public static IEnumerable<T> InTurn<T>(IEnumerable<T> places) where T : Place =>
        places.Where(p => p.Status == PlaceStatus.Waitlisted).OrderBy(p => p.WaitlistedAt).ThenBy(p => p.Id);

    /// <summary>Offers every place the pool has room for to the next people waiting; returns those offered.</summary>
    public static IReadOnlyList<T> OfferFreedPlaces<T>(ICapacityPool pool, IEnumerable<T> places, DateTimeOffset at, TimeSpan offerLasts) where T : Place
    {
        var offered = new List<T>();
        foreach (var next in InTurn(places).ToList())
        {
            if (!pool.HasRoom)
            {
                break;
            }

            next.Offer(pool, at, at + offerLasts);
            offered.Add(next);
        }

        return offered;
    }
}
