namespace CoopAlliance.Domain.Events;

/// <summary>Where an event is: being planned (staff and partners only), announced, or called off.</summary>
public enum EventStatus
{
    Planning = 1,
    Published = 2,
    Cancelled = 3,
}

/// <summary>What a planning partner said to the invitation.</summary>
public enum InvitationAnswer
{
    Pending = 1,
    Interested = 2,
    NotNow = 3,
}

/// <summary>What a planning partner brings. A partner can have several.</summary>
[Flags]
public enum PartnerRoles
{
    None = 0,
    Speaker = 1,
    Sponsor = 2,
    Venue = 4,
    Food = 8,
    Outreach = 16,
    Volunteers = 32,
}

public enum SessionFormat
{
    Panel = 1,
    Workshop = 2,
    Plenary = 3,
    DeliberativePlanning = 4,
    Social = 5,
}

/// <summary>A session from the call for sessions: proposed, sent back for changes, accepted (then scheduled), declined or withdrawn.</summary>
public enum SessionStatus
{
    Proposed = 1,
    ChangesRequested = 2,
    Accepted = 3,
    Declined = 4,
    Withdrawn = 5,
}

public enum TicketKind
{
    MemberWorkerOwner = 1,
    PartnerOrganisation = 2,
    Community = 3,
    Solidarity = 4,
}

/// <summary>
/// A place at the event or in a workshop. Confirmed and offered places count against capacity; a waitlisted one waits
/// its turn; an offer that is not taken in time expires and the place passes to the next person.
/// </summary>
public enum PlaceStatus
{
    Confirmed = 1,
    Waitlisted = 2,
    Offered = 3,
    OfferExpired = 4,
    Cancelled = 5,
}

public enum PaymentStatus
{
    /// <summary>Nothing to pay (a free ticket or a pay-what-you-can of zero).</summary>
    NothingDue = 1,
    Unpaid = 2,
    Paid = 3,
    /// <summary>Put on the member co-op's account with its dues (one invoice per co-op and event).</summary>
    ChargedToCoop = 4,
}

public enum VotingStatus
{
    NotOpen = 1,
    Open = 2,
    Closed = 3,
}

/// <summary>Who can see the actions tracker of an event's commitments.</summary>
public enum TrackerVisibility
{
    Public = 1,
    PartnersOnly = 2,
}

public enum CommitmentStatus
{
    NotStarted = 1,
    InProgress = 2,
    Done = 3,
    Stalled = 4,
    Dropped = 5,
}
