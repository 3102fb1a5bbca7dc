using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Events;
using FluentValidation;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>An event in the staff list.</summary>
public sealed record EventSummary(int Id, string Title, DateTime StartsAt, DateTime EndsAt, string VenueName, string? Town, bool IsPublic,
    EventStatus Status, int? Capacity, int PlacesHeld, int Sessions, int Proposals);

public sealed record EventThemeDto(int Id, string Name, int Position);

public sealed record EventRoomDto(int Id, string Name, int? Capacity, string? AccessibilityNotes);

public sealed record EventTimeSlotDto(int Id, DateTime StartsAt, DateTime EndsAt, string? Label, int Minutes);

public sealed record TicketTypeDto(int Id, TicketKind Kind, string Name, decimal Price, decimal? SuggestedPrice, int Position);

/// <summary>How many sessions of each kind an event has, and how many registrations (staff overview).</summary>
public sealed record EventCounts(int Proposed, int ChangesRequested, int Accepted, int Scheduled, int Declined, int Registrations, int Partners);

/// <summary>One event with its setup, for staff: everything needed to edit it (send <see cref="Version"/> back to save).</summary>
public sealed record EventDetail(int Id, string Title, string? Summary, string? Description, DateTime StartsAt, DateTime EndsAt, string VenueName,
    string? VenueAddress, string? Town, string? AccessibilityNotes, bool IsPublic, EventStatus Status, int? Capacity, int PlacesHeld, int DotsPerPerson,
    TrackerVisibility Tracker, IReadOnlyList<int> FollowUpDays, DateTimeOffset CreatedAt, string CreatedBy, int Version, string Slug,
    IReadOnlyList<EventThemeDto> Themes, IReadOnlyList<EventRoomDto> Rooms, IReadOnlyList<EventTimeSlotDto> Slots, IReadOnlyList<TicketTypeDto> TicketTypes,
    EventCounts Counts);

/// <summary>A session as staff see it: the proposal, the proposer's contact and its place on the programme.</summary>
public sealed record EventSessionDto(int Id, int EventId, string Title, int? ThemeId, string? Theme, SessionFormat Format, string? Description,
    IReadOnlyList<string> Presenters, string? Needs, int DurationMinutes, int? Capacity, int PlacesHeld, string ProposerName, string ProposerEmail,
    int? PartnerId, SessionStatus Status, string? StaffNote, DateTimeOffset ProposedAt, DateTimeOffset? DecidedAt, string? DecidedBy, int? RoomId,
    string? Room, int? SlotId, DateTime? StartsAt, DateTime? EndsAt, int Version);

/// <summary>A session on the public programme: no proposer contact, no needs.</summary>
public sealed record ProgrammeSession(int Id, string Title, string? Theme, SessionFormat Format, string? Description, IReadOnlyList<string> Presenters,
    int DurationMinutes, int? Capacity, bool Full, int RoomId, string Room, DateTime StartsAt, DateTime EndsAt);

/// <summary>One time slot of the programme with its sessions, one per room.</summary>
public sealed record ProgrammeSlot(int SlotId, DateTime StartsAt, DateTime EndsAt, string? Label, IReadOnlyList<ProgrammeSession> Sessions);

/// <summary>The public programme: the rooms (columns) and the slots (rows) with their scheduled sessions.</summary>
public sealed record Programme(int EventId, IReadOnlyList<EventRoomDto> Rooms, IReadOnlyList<ProgrammeSlot> Slots);

/// <summary>An upcoming event on the public site.</summary>
public sealed record PublicEventSummary(int Id, string Title, string Slug, string? Summary, DateTime StartsAt, DateTime EndsAt, string VenueName,
    string? Town, bool Full);

/// <summary>A published public event as anyone sees it: description, venue and access, themes, tickets and programme.</summary>
public sealed record PublicEventDetail(int Id, string Title, string Slug, string? Summary, string? Description, DateTime StartsAt, DateTime EndsAt,
    string VenueName, string? VenueAddress, string? Town, string? AccessibilityNotes, bool OpenForRegistration, bool Full, bool Over,
    IReadOnlyList<EventThemeDto> Themes, IReadOnlyList<TicketTypeDto> TicketTypes, Programme Programme);

/// <summary>What staff write for an event (create and edit). Times are wall-clock times in the alliance's zone.</summary>
public interface IEventInput
{
    string Title { get; }
    string? Summary { get; }
    string? Description { get; }
    DateTime StartsAt { get; }
    DateTime EndsAt { get; }
    string VenueName { get; }
    string? VenueAddress { get; }
    string? Town { get; }
    string? AccessibilityNotes { get; }
    bool IsPublic { get; }
    int? Capacity { get; }
    int DotsPerPerson { get; }
    TrackerVisibility Tracker { get; }
    IReadOnlyList<int>? FollowUpDays { get; }
}

public sealed class EventInputValidator : AbstractValidator<IEventInput>
{
    public EventInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the event a title.").MaximumLength(200).WithMessage("Keep the title under 200 characters.");
        RuleFor(x => x.Summary).MaximumLength(500).WithMessage("Keep the summary under 500 characters.");
        RuleFor(x => x.Description).MaximumLength(8000).WithMessage("Keep the description under 8,000 characters.");
        RuleFor(x => x.StartsAt).NotEqual(default(DateTime)).WithMessage("Say when the event starts.");
        RuleFor(x => x.EndsAt).NotEqual(default(DateTime)).WithMessage("Say when the event ends.")
            .GreaterThan(x => x.StartsAt).WithMessage("The event must end after it starts.");
        RuleFor(x => x.VenueName).NotEmpty().WithMessage("Name the venue.").MaximumLength(200).WithMessage("Keep the venue's name under 200 characters.");
        RuleFor(x => x.VenueAddress).MaximumLength(500).WithMessage("Keep the address under 500 characters.");
        RuleFor(x => x.Town).MaximumLength(100).WithMessage("Keep the town under 100 characters.");
        RuleFor(x => x.AccessibilityNotes).MaximumLength(2000).WithMessage("Keep the accessibility notes under 2,000 characters.");
        RuleFor(x => x.Capacity).GreaterThan(0).When(x => x.Capacity is not null).WithMessage("The capacity must be at least 1, or left empty for no limit.");
        RuleFor(x => x.DotsPerPerson).InclusiveBetween(1, Event.MaxDots).WithMessage(_ => Messages.Format("Each participant gets between 1 and {0} dots.", Event.MaxDots));
        RuleFor(x => x.Tracker).IsInEnum().WithMessage("Choose who sees the actions tracker.");
        RuleFor(x => x.FollowUpDays).Must(days => days is null || (days.Count <= 12 && days.All(d => d is >= 1 and <= 730)))
            .WithMessage("Follow-up days are counted after the event, between 1 and 730 (at most 12 of them).");
    }

    public static EventDetails Details(IEventInput x) => new(x.Title, x.Summary, x.Description, x.StartsAt, x.EndsAt, x.VenueName, x.VenueAddress,
        x.Town, x.AccessibilityNotes, x.IsPublic, x.Capacity, x.DotsPerPerson, x.Tracker, x.FollowUpDays ?? []);
}

/// <summary>What someone proposing a session writes (the public, partners and staff share it).</summary>
public interface ISessionInput
{
    string Title { get; }
    int? ThemeId { get; }
    SessionFormat Format { get; }
    string? Description { get; }
    IReadOnlyList<string>? Presenters { get; }
    string? Needs { get; }
    int DurationMinutes { get; }
    int? Capacity { get; }
}

public sealed class SessionInputValidator : AbstractValidator<ISessionInput>
{
    public SessionInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the session a title.").MaximumLength(200).WithMessage("Keep the title under 200 characters.");
        RuleFor(x => x.Format).IsInEnum().WithMessage("Choose a format: panel, workshop, plenary, deliberative planning or social.");
        RuleFor(x => x.Description).MaximumLength(4000).WithMessage("Keep the description under 4,000 characters.");
        RuleFor(x => x.Presenters).Must(p => p is null || p.Count(n => !string.IsNullOrWhiteSpace(n)) <= EventSession.MaxPresenters)
            .WithMessage(_ => Messages.Format("A session can have up to {0} presenters.", EventSession.MaxPresenters));
        RuleFor(x => x.Presenters).Must(p => p is null || p.All(n => n is null || n.Trim().Length <= 150))
            .WithMessage("A presenter's name is too long (150 characters at most).");
        RuleFor(x => x.Needs).MaximumLength(2000).WithMessage("Keep the needs under 2,000 characters.");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(10, 600).WithMessage("A session lasts between 10 minutes and 10 hours.");
        RuleFor(x => x.Capacity).GreaterThan(0).When(x => x.Capacity is not null)
            .WithMessage("A session's capacity must be at least 1, or left empty when no sign-up is needed.");
    }

    public static SessionDetails Details(ISessionInput x) =>
        new(x.Title, x.ThemeId, x.Format, x.Description, x.Presenters?.Where(p => p is not null).ToList() ?? [], x.Needs, x.DurationMinutes, x.Capacity);
}
