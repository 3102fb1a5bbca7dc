using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;

namespace CoopAlliance.Domain.Events;

/// <summary>
/// What staff type when creating or editing an event. Times are wall-clock times in the alliance's zone
/// (<see cref="Event.StartsAt"/>), so "9:00 on July 23" stays 9:00 whatever the daylight-saving offset.
/// </summary>
public sealed record EventDetails(
    string Title,
    string? Summary,
    string? Description,
    DateTime StartsAt,
    DateTime EndsAt,
    string VenueName,
    string? VenueAddress,
    string? Town,
    string? AccessibilityNotes,
    bool IsPublic,
    int? Capacity,
    int DotsPerPerson,
    TrackerVisibility Tracker,
    IReadOnlyList<int> FollowUpDays);

/// <summary>Something that has a limited number of places: the event itself, or a workshop.</summary>
public interface ICapacityPool
{
    /// <summary>How many places there are; null means no limit.</summary>
    int? Capacity { get; }

    /// <summary>Places confirmed or offered — what counts against <see cref="Capacity"/>.</summary>
    int PlacesHeld { get; }

    bool HasRoom { get; }

    void Hold();

    void Release();
}

/// <summary>
/// A gathering the alliance runs: a conference, a training, the annual meeting, a social. Planned with partners,
/// announced, registered for, and remembered through the commitments made at it. Its small parts (themes, rooms,
/// time slots, ticket types) live inside it; sessions, registrations, proposals and commitments are their own rows.
/// <see cref="PlacesHeld"/> is kept with the event row so that two registrations at once cannot both take the last
/// place: each one changes the event, and the stale one fails its concurrency check and is retried.
/// </summary>
public sealed class Event : Entity, IVersioned, ICapacityPool
{
    public const int MaxDots = 20;

    private readonly List<EventTheme> _themes = [];
    private readonly List<EventRoom> _rooms = [];
    private readonly List<EventTimeSlot> _slots = [];
    private readonly List<TicketType> _ticketTypes = [];

    private Event() { }

    public Event(EventDetails details, Actor by, DateTimeOffset at)
    {
        Apply(details);
        Status = EventStatus.Planning;
        Voting = VotingStatus.NotOpen;
        CreatedAt = at;
        CreatedBy = by.Name;
    }

    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }
    public string? Description { get; private set; }
    /// <summary>When the event starts, as a wall-clock time in the alliance's zone.</summary>
    public DateTime StartsAt { get; private set; }
    /// <summary>When the event ends, as a wall-clock time in the alliance's zone.</summary>
    public DateTime EndsAt { get; private set; }
    public string VenueName { get; private set; } = "";
    public string? VenueAddress { get; private set; }
    public string? Town { get; private set; }
    public string? AccessibilityNotes { get; private set; }
    /// <summary>A public event is listed on the public site and open to registration without an account.</summary>
    public bool IsPublic { get; private set; }
    public EventStatus Status { get; private set; }
    public int? Capacity { get; private set; }
    public int PlacesHeld { get; private set; }
    public int DotsPerPerson { get; private set; }
    public VotingStatus Voting { get; private set; }
    public DateTimeOffset? VotingClosedAt { get; private set; }
    public TrackerVisibility Tracker { get; private set; }
    /// <summary>Days after the event when each commitment's owner is asked how it is going (e.g. 30, 60, 90).</summary>
    public List<int> FollowUpDays { get; private set; } = [];
    /// <summary>When registrants' accessibility, interpretation and dietary needs were erased (a set time after the event).</summary>
    public DateTimeOffset? NeedsErasedAt { get; private set; }
    /// <summary>When member co-ops' registrations were put on their accounts.</summary>
    public DateTimeOffset? FeesChargedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public int Version { get; set; }

    public IReadOnlyCollection<EventTheme> Themes => _themes;
    public IReadOnlyCollection<EventRoom> Rooms => _rooms;
    public IReadOnlyCollection<EventTimeSlot> Slots => _slots;
    public IReadOnlyCollection<TicketType> TicketTypes => _ticketTypes;

    public string Slug => Marketing.Slug.From(Title);

    public DateOnly Day => DateOnly.FromDateTime(StartsAt);

    public DateOnly LastDay => DateOnly.FromDateTime(EndsAt);

    /// <summary>The invoice key of this event's fees on member co-ops' accounts (unique per co-op with the invoice kind).</summary>
    public string InvoiceKey => InvoiceKeyFor(Id);

    public static string InvoiceKeyFor(int eventId) => $"E{eventId}";

    public bool HasRoom => Capacity is null || PlacesHeld < Capacity;

    /// <summary>Open to registration: published, not cancelled, and not over (<paramref name="localNow"/> is the alliance's wall clock).</summary>
    public bool IsOpenForRegistration(DateTime localNow) => Status == EventStatus.Published && localNow < EndsAt;

    public bool IsOver(DateTime localNow) => localNow >= EndsAt;

    public void Edit(EventDetails details)
    {
        EnsureNotCancelled();
        if (details.Capacity is { } capacity && capacity < PlacesHeld)
        {
            throw DomainRuleException.Format("{0} places are already taken; the capacity cannot be lower than that.", PlacesHeld);
        }

        if (Voting == VotingStatus.Closed && details.DotsPerPerson != DotsPerPerson)
        {
            throw new DomainRuleException("The vote is closed; the number of dots can no longer change.");
        }

        Apply(details);
    }

    public void Publish()
    {
        EnsureNotCancelled();
        if (_ticketTypes.Count == 0)
        {
            throw new DomainRuleException("Add at least one ticket type before publishing the event.");
        }

        Status = EventStatus.Published;
    }

    public void Cancel()
    {
        EnsureNotCancelled();
        Status = EventStatus.Cancelled;
    }

    public void Hold()
    {
        if (!HasRoom)
        {
            throw NoPlaceLeftException.Full(Title);
        }

        PlacesHeld++;
    }

    public void Release()
    {
        if (PlacesHeld > 0)
        {
            PlacesHeld--;
        }
    }

    public EventTheme AddTheme(string name)
    {
        var clean = Require.Text(name, "A theme needs a name.");
        if (_themes.Any(t => string.Equals(t.Name, clean, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainRuleException.Format("The theme \"{0}\" is already there.", clean);
        }

        var theme = new EventTheme(clean, _themes.Count + 1);
        _themes.Add(theme);
        return theme;
    }

    public EventRoom AddRoom(string name, int? capacity, string? accessibilityNotes)
    {
        var clean = Require.Text(name, "A room needs a name.");
        if (_rooms.Any(r => string.Equals(r.Name, clean, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainRuleException.Format("The room \"{0}\" is already there.", clean);
        }

        if (capacity is <= 0)
        {
            throw new DomainRuleException("A room's capacity must be at least 1.");
        }

        var room = new EventRoom(clean, capacity, Person.Clean(accessibilityNotes));
        _rooms.Add(room);
        return room;
    }

    public EventTimeSlot AddSlot(DateTime startsAt, DateTime endsAt, string? label)
    {
        if (endsAt <= startsAt)
        {
            throw new DomainRuleException("A time slot must end after it starts.");
        }

        if (startsAt < StartsAt || endsAt > EndsAt)
        {
            throw DomainRuleException.Format("A time slot must fall within the event ({0:MMM d h:mm tt} to {1:MMM d h:mm tt}).", StartsAt, EndsAt);
        }

        var slot = new EventTimeSlot(startsAt, endsAt, Person.Clean(label));
        _slots.Add(slot);
        return slot;
    }

    public TicketType AddTicketType(TicketKind kind, string name, decimal price, decimal? suggestedPrice)
    {
        var clean = Require.Text(name, "A ticket type needs a name.");
        if (price < 0 || suggestedPrice < 0)
        {
            throw new DomainRuleException("A price cannot be negative.");
        }

        if (kind == TicketKind.Solidarity && suggestedPrice is null)
        {
            throw new DomainRuleException("A solidarity ticket needs a suggested amount.");
        }

        var ticket = new TicketType(kind, clean, decimal.Round(price, 2), suggestedPrice is { } s ? decimal.Round(s, 2) : null, _ticketTypes.Count + 1);
        _ticketTypes.Add(ticket);
        return ticket;
    }

    /// <summary>Removes a theme no session or proposal uses (<paramref name="inUse"/> says whether one does).</summary>
    public void RemoveTheme(int themeId, bool inUse)
    {
        if (inUse)
        {
            throw new DomainRuleException("Sessions or proposals use this theme; move them to another theme first.");
        }

        _themes.RemoveAll(t => t.Id == themeId);
    }

    /// <summary>Removes a room no session is scheduled in (<paramref name="inUse"/> says whether one is).</summary>
    public void RemoveRoom(int roomId, bool inUse)
    {
        if (inUse)
        {
            throw new DomainRuleException("Sessions are scheduled in this room; take them off the programme first.");
        }

        _rooms.RemoveAll(r => r.Id == roomId);
    }

    /// <summary>Removes a time slot no session is scheduled in (<paramref name="inUse"/> says whether one is).</summary>
    public void RemoveSlot(int slotId, bool inUse)
    {
        if (inUse)
        {
            throw new DomainRuleException("Sessions are scheduled in this time slot; take them off the programme first.");
        }

        _slots.RemoveAll(s => s.Id == slotId);
    }

    public void RemoveTicketType(int ticketTypeId, bool hasRegistrations)
    {
        if (hasRegistrations)
        {
            throw new DomainRuleException("People have registered with this ticket type; it cannot be removed.");
        }

        _ticketTypes.RemoveAll(t => t.Id == ticketTypeId);
    }

    public void OpenVoting()
    {
        if (Voting == VotingStatus.Closed)
        {
            throw new DomainRuleException("The vote has closed; closed votes cannot be reopened.");
        }

        Voting = VotingStatus.Open;
    }

    public void CloseVoting(DateTimeOffset at)
    {
        if (Voting != VotingStatus.Open)
        {
            throw new DomainRuleException("Only an open vote can be closed.");
        }

        Voting = VotingStatus.Closed;
        VotingClosedAt = at;
    }

    public void MarkNeedsErased(DateTimeOffset at) => NeedsErasedAt = at;

    public void MarkFeesCharged(DateTimeOffset at) => FeesChargedAt = at;

    private void EnsureNotCancelled()
    {
        if (Status == EventStatus.Cancelled)
        {
            throw new DomainRuleException("This event has been cancelled.");
        }
    }

    private void Apply(EventDetails d)
    {
        var title = Require.Text(d.Title, "An event needs a title.");
        if (d.EndsAt <= d.StartsAt)
        {
            throw new DomainRuleException("The event must end after it starts.");
        }

        if (d.Capacity is <= 0)
        {
            throw new DomainRuleException("The capacity must be at least 1, or left empty for no limit.");
        }

        if (d.DotsPerPerson is < 1 or > MaxDots)
        {
            throw DomainRuleException.Format("Each participant gets between 1 and {0} dots.", MaxDots);
        }

        if (d.FollowUpDays.Any(day => day is < 1 or > 730))
        {
            throw new DomainRuleException("Follow-up days are counted after the event, between 1 and 730.");
        }

        if (_slots.Any(s => s.StartsAt < d.StartsAt || s.EndsAt > d.EndsAt))
        {
            throw new DomainRuleException("Some time slots would fall outside the new dates; move them first.");
        }

        Title = title;
        Summary = Person.Clean(d.Summary);
        Description = Person.Clean(d.Description);
        StartsAt = DateTime.SpecifyKind(d.StartsAt, DateTimeKind.Unspecified);
        EndsAt = DateTime.SpecifyKind(d.EndsAt, DateTimeKind.Unspecified);
        VenueName = Require.Text(d.VenueName, "An event needs a venue.");
        VenueAddress = Person.Clean(d.VenueAddress);
        Town = Person.Clean(d.Town);
        AccessibilityNotes = Person.Clean(d.AccessibilityNotes);
        IsPublic = d.IsPublic;
        Capacity = d.Capacity;
        DotsPerPerson = d.DotsPerPerson;
        Tracker = d.Tracker;
        FollowUpDays = d.FollowUpDays.Distinct().Order().ToList();
    }
}

/// <summary>Refused because there is no place left; the caller may offer the waitlist (HTTP 409).</summary>
public sealed class NoPlaceLeftException : DomainRuleException
{
    public NoPlaceLeftException(string message)
        : base(message)
    {
    }

    private NoPlaceLeftException(string format, object?[] args)
        : base(format, args)
    {
    }

    /// <summary>"Spring Assembly is full." in the reader's language.</summary>
    public static NoPlaceLeftException Full(string title) => new("{0} is full.", [title]);
}

public sealed class EventTheme : Entity
{
    private EventTheme() { }

    internal EventTheme(string name, int position)
    {
        Name = name;
        Position = position;
    }

    public int EventId { get; private set; }
    public string Name { get; private set; } = "";
    public int Position { get; private set; }

    public void Rename(string name) => Name = Person.Clean(name) ?? throw new DomainRuleException("A theme needs a name.");
}

public sealed class EventRoom : Entity
{
    private EventRoom() { }

    internal EventRoom(string name, int? capacity, string? accessibilityNotes)
    {
        Name = name;
        Capacity = capacity;
        AccessibilityNotes = accessibilityNotes;
    }

    public int EventId { get; private set; }
    public string Name { get; private set; } = "";
    public int? Capacity { get; private set; }
    public string? AccessibilityNotes { get; private set; }
}

/// <summary>A block of the programme (e.g. 10:30–12:00) into which accepted sessions are scheduled, one per room.</summary>
public sealed class EventTimeSlot : Entity
{
    private EventTimeSlot() { }

    internal EventTimeSlot(DateTime startsAt, DateTime endsAt, string? label)
    {
        StartsAt = DateTime.SpecifyKind(startsAt, DateTimeKind.Unspecified);
        EndsAt = DateTime.SpecifyKind(endsAt, DateTimeKind.Unspecified);
        Label = label;
    }

    public int EventId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public string? Label { get; private set; }

    public int Minutes => (int)(EndsAt - StartsAt).TotalMinutes;
}

public sealed class TicketType : Entity
{
    private TicketType() { }

    internal TicketType(TicketKind kind, string name, decimal price, decimal? suggestedPrice, int position)
    {
        Kind = kind;
        Name = name;
        Price = price;
        SuggestedPrice = suggestedPrice;
        Position = position;
    }

    public int EventId { get; private set; }
    public TicketKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The price; for a solidarity ticket, the least accepted (usually 0).</summary>
    public decimal Price { get; private set; }
    /// <summary>For a solidarity / pay-what-you-can ticket, the amount suggested to those who can.</summary>
    public decimal? SuggestedPrice { get; private set; }
    public int Position { get; private set; }
}

/// <summary>
/// What a ticket costs this registrant. Member pricing is for worker-owners of a member co-op in good standing at the
/// moment of registration (its current standing, not the one it had when the event was announced); a solidarity
/// ticket is whatever the person can pay, from the ticket's minimum up.
/// </summary>
public static class TicketPricing
{
    public const decimal MaxPayWhatYouCan = 10_000m;

    public static decimal PriceFor(TicketType ticket, MembershipStatus? coopStatus, decimal? payWhatYouCan)
    {
        switch (ticket.Kind)
        {
            case TicketKind.MemberWorkerOwner:
                if (coopStatus is null)
                {
                    throw new DomainRuleException("Member pricing is for worker-owners of a member co-op: choose your co-op.");
                }

                if (!ListingVisibility.IsInGoodStanding(coopStatus.Value))
                {
                    throw new DomainRuleException("Member pricing is for co-ops in good standing; yours is not at the moment. Choose another ticket, or ask the alliance.");
                }

                return ticket.Price;
            case TicketKind.Solidarity:
                var amount = payWhatYouCan ?? ticket.SuggestedPrice ?? ticket.Price;
                if (amount < ticket.Price)
                {
                    throw ticket.Price == 0
                        ? new DomainRuleException("The amount cannot be negative.")
                        : DomainRuleException.Format("The least for this ticket is {0:C}.", ticket.Price);
                }

                if (amount > MaxPayWhatYouCan)
                {
                    throw DomainRuleException.Format("Please enter an amount up to {0:C}.", MaxPayWhatYouCan);
                }

                return decimal.Round(amount, 2);
            default:
                return ticket.Price;
        }
    }

    /// <summary>Only a member co-op in good standing can have registrations put on its account.</summary>
    public static void EnsureCanChargeTo(MembershipStatus? coopStatus)
    {
        if (coopStatus is null || !ListingVisibility.IsInGoodStanding(coopStatus.Value))
        {
            throw new DomainRuleException("Only a member co-op in good standing can have registrations put on its account.");
        }
    }
}
