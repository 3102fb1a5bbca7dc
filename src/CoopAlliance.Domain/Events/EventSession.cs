using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Events;

/// <summary>What a proposer (a partner, the public or staff) says about a session.</summary>
public sealed record SessionDetails(
    string Title,
    int? ThemeId,
    SessionFormat Format,
    string? Description,
    IReadOnlyList<string> Presenters,
    string? Needs,
    int DurationMinutes,
    int? Capacity);

/// <summary>
/// A session of the programme: proposed through the call for sessions (or added by staff), accepted, declined or
/// sent back for changes, then scheduled into a room and a time slot. A workshop may have its own capacity, with its
/// own sign-ups and waitlist (<see cref="SessionSignup"/>).
/// </summary>
public sealed class EventSession : Entity, IVersioned, ICapacityPool
{
    public const int MaxPresenters = 10;

    private EventSession() { }

    private EventSession(int eventId, SessionDetails details, string proposerName, string proposerEmail, int? partnerId, SessionStatus status, DateTimeOffset at)
    {
        EventId = eventId;
        Apply(details);
        ProposerName = Require.Text(proposerName, "Please give your name.");
        ProposerEmail = Require.Text(proposerEmail, "Please give an email address so we can answer you.").ToLowerInvariant();
        PartnerId = partnerId;
        Status = status;
        ProposedAt = at;
    }

    public void WriteIn(string language) => Language = Languages.Normalize(language);

    /// <summary>A proposal from the call for sessions; staff decide on it.</summary>
    public static EventSession Propose(Event ev, SessionDetails details, string proposerName, string proposerEmail, int? partnerId, DateTimeOffset at)
    {
        if (ev.Status == EventStatus.Cancelled)
        {
            throw new DomainRuleException("This event has been cancelled.");
        }

        EnsureTheme(ev, details.ThemeId);
        return new EventSession(ev.Id, details, proposerName, proposerEmail, partnerId, SessionStatus.Proposed, at);
    }

    /// <summary>A session staff put on the programme themselves (the opening plenary, the evening social): accepted at once.</summary>
    public static EventSession AddByStaff(Event ev, SessionDetails details, Actor by, string staffEmail, DateTimeOffset at)
    {
        EnsureTheme(ev, details.ThemeId);
        var session = new EventSession(ev.Id, details, by.Name, staffEmail, null, SessionStatus.Accepted, at);
        session.DecidedAt = at;
        session.DecidedBy = by.Name;
        return session;
    }

    public int EventId { get; private set; }
    public string Title { get; private set; } = "";
    public int? ThemeId { get; private set; }
    public SessionFormat Format { get; private set; }
    public string? Description { get; private set; }
    public List<string> Presenters { get; private set; } = [];
    public string? Needs { get; private set; }
    public int DurationMinutes { get; private set; }
    /// <summary>Places for a workshop that needs sign-up; null when anyone at the event can walk in.</summary>
    public int? Capacity { get; private set; }
    public int PlacesHeld { get; private set; }
    public string ProposerName { get; private set; } = "";
    /// <summary>The language the proposer wrote in: the decision letter is written in it.</summary>
    public string Language { get; private set; } = Languages.English;
    public string ProposerEmail { get; private set; } = "";
    public int? PartnerId { get; private set; }
    public SessionStatus Status { get; private set; }
    /// <summary>What staff said when declining or asking for changes (the proposer sees it).</summary>
    public string? StaffNote { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public int? RoomId { get; private set; }
    public int? SlotId { get; private set; }
    /// <summary>When it starts (the slot's start), once scheduled; a wall-clock time in the alliance's zone.</summary>
    public DateTime? StartsAt { get; private set; }
    public int Version { get; set; }

    public DateTime? EndsAt => StartsAt?.AddMinutes(DurationMinutes);

    public bool IsScheduled => StartsAt is not null;

    public bool HasRoom => Capacity is null || PlacesHeld < Capacity;

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

    /// <summary>The proposer revises a proposal (while it is open, or after staff asked for changes): it goes back to staff.</summary>
    public void Revise(Event ev, SessionDetails details)
    {
        if (Status is not (SessionStatus.Proposed or SessionStatus.ChangesRequested))
        {
            throw new DomainRuleException("Only a proposal that has not been decided can be revised.");
        }

        EnsureTheme(ev, details.ThemeId);
        Apply(details);
        Status = SessionStatus.Proposed;
    }

    /// <summary>Staff edit an accepted session (a scheduled one keeps its place only if it still fits; see <see cref="Scheduling"/>).</summary>
    public void Edit(Event ev, SessionDetails details)
    {
        EnsureTheme(ev, details.ThemeId);
        if (details.Capacity is { } c && c < PlacesHeld)
        {
            throw DomainRuleException.Format("{0} people have signed up; the capacity cannot be lower than that.", PlacesHeld);
        }

        Apply(details);
    }

    public void Accept(Actor by, DateTimeOffset at) => Decide(SessionStatus.Accepted, null, by, at);

    public void Decline(string? note, Actor by, DateTimeOffset at) => Decide(SessionStatus.Declined, note, by, at);

    public void AskForChanges(string note, Actor by, DateTimeOffset at) =>
        Decide(SessionStatus.ChangesRequested, Require.Text(note, "Say what should change."), by, at);

    public void Withdraw()
    {
        if (PlacesHeld > 0)
        {
            throw new DomainRuleException("People have signed up for this session; cancel their places first.");
        }

        Status = SessionStatus.Withdrawn;
        Unschedule();
    }

    /// <summary>Puts the session into a room and slot after <see cref="Scheduling.Check"/> found no clash.</summary>
    internal void PlaceIn(EventRoom room, EventTimeSlot slot)
    {
        RoomId = room.Id;
        SlotId = slot.Id;
        StartsAt = slot.StartsAt;
    }

    public void Unschedule()
    {
        RoomId = null;
        SlotId = null;
        StartsAt = null;
    }

    private void Decide(SessionStatus status, string? note, Actor by, DateTimeOffset at)
    {
        if (Status is SessionStatus.Withdrawn)
        {
            throw new DomainRuleException("This session was withdrawn.");
        }

        if (status != SessionStatus.Accepted && IsScheduled)
        {
            throw new DomainRuleException("Take the session off the programme first.");
        }

        Status = status;
        StaffNote = Person.Clean(note);
        DecidedAt = at;
        DecidedBy = by.Name;
    }

    private static void EnsureTheme(Event ev, int? themeId)
    {
        if (themeId is { } id && ev.Themes.All(t => t.Id != id))
        {
            throw new DomainRuleException("Choose one of the event's themes.");
        }
    }

    private void Apply(SessionDetails d)
    {
        var presenters = d.Presenters.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (presenters.Count > MaxPresenters)
        {
            throw DomainRuleException.Format("A session can have up to {0} presenters.", MaxPresenters);
        }

        if (presenters.Any(p => p.Length > 150))
        {
            throw new DomainRuleException("A presenter's name is too long (150 characters at most).");
        }

        if (d.DurationMinutes is < 10 or > 600)
        {
            throw new DomainRuleException("A session lasts between 10 minutes and 10 hours.");
        }

        if (d.Capacity is <= 0)
        {
            throw new DomainRuleException("A session's capacity must be at least 1, or left empty when no sign-up is needed.");
        }

        if (IsScheduled && d.DurationMinutes > DurationMinutes)
        {
            throw new DomainRuleException("Take the session off the programme before making it longer (it may not fit its slot).");
        }

        Title = Require.Text(d.Title, "A session needs a title.");
        ThemeId = d.ThemeId;
        Format = d.Format;
        Description = Person.Clean(d.Description);
        Presenters = presenters;
        Needs = Person.Clean(d.Needs);
        DurationMinutes = d.DurationMinutes;
        Capacity = d.Capacity;
    }
}

/// <summary>
/// The programme's rules: an accepted session goes into a room and a time slot of its event only if it fits the slot,
/// the room is free for the whole time, and none of its presenters is somewhere else then. Names of presenters are
/// compared without case or extra spaces.
/// </summary>
public static class Scheduling
{
    public static void Schedule(Event ev, EventSession session, int roomId, int slotId, IEnumerable<EventSession> otherSessionsOfEvent)
    {
        var room = ev.Rooms.FirstOrDefault(r => r.Id == roomId) ?? throw new DomainRuleException("Choose one of the event's rooms.");
        var slot = ev.Slots.FirstOrDefault(s => s.Id == slotId) ?? throw new DomainRuleException("Choose one of the event's time slots.");
        Check(session, room, slot, otherSessionsOfEvent);
        session.PlaceIn(room, slot);
    }

    public static void Check(EventSession session, EventRoom room, EventTimeSlot slot, IEnumerable<EventSession> others)
    {
        if (session.Status != SessionStatus.Accepted)
        {
            throw new DomainRuleException("Only an accepted session can be scheduled.");
        }

        if (session.DurationMinutes > slot.Minutes)
        {
            throw DomainRuleException.Format("The session lasts {0} minutes; the slot is only {1}.", session.DurationMinutes, slot.Minutes);
        }

        if (session.Capacity is { } wanted && room.Capacity is { } seats && wanted > seats)
        {
            throw DomainRuleException.Format("{0} seats {1}; the session takes {2}.", room.Name, seats, wanted);
        }

        var starts = slot.StartsAt;
        var ends = slot.StartsAt.AddMinutes(session.DurationMinutes);
        var presenters = session.Presenters.Select(Normalize).ToHashSet();
        foreach (var other in others)
        {
            if (other.Id == session.Id || other.StartsAt is null || other.Status != SessionStatus.Accepted)
            {
                continue;
            }

            var overlaps = other.StartsAt < ends && starts < other.EndsAt;
            if (!overlaps)
            {
                continue;
            }

            if (other.RoomId == room.Id)
            {
                throw DomainRuleException.Format("{0} is taken then by \"{1}\".", room.Name, other.Title);
            }

            var clash = other.Presenters.FirstOrDefault(p => presenters.Contains(Normalize(p)));
            if (clash is not null)
            {
                throw DomainRuleException.Format("{0} is presenting \"{1}\" at that time.", clash, other.Title);
            }
        }
    }

    private static string Normalize(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
