using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Loading an event with its small parts, and shaping them for the answers (shared by the planning use cases).</summary>
internal static class EventData
{
    public static async Task<Event> LoadAsync(IAppDbContext db, int id, CancellationToken ct, bool tracked = true)
    {
        var events = tracked ? db.Events : db.Events.AsNoTracking();
        return await events.Include(e => e.Themes).Include(e => e.Rooms).Include(e => e.Slots).Include(e => e.TicketTypes)
                   .FirstOrDefaultAsync(e => e.Id == id, ct)
               ?? throw new NotFoundException("Event", id);
    }

    public static async Task<EventSession> LoadSessionAsync(IAppDbContext db, int eventId, int sessionId, CancellationToken ct) =>
        await db.EventSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, ct)
        ?? throw new NotFoundException("Session", sessionId);

    public static List<EventThemeDto> Themes(Event e) => e.Themes.OrderBy(t => t.Position).Select(t => new EventThemeDto(t.Id, t.Name, t.Position)).ToList();

    public static List<EventRoomDto> Rooms(Event e) =>
        e.Rooms.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(r => new EventRoomDto(r.Id, r.Name, r.Capacity, r.AccessibilityNotes)).ToList();

    public static List<EventTimeSlotDto> Slots(Event e) =>
        e.Slots.OrderBy(s => s.StartsAt).ThenBy(s => s.EndsAt).Select(s => new EventTimeSlotDto(s.Id, s.StartsAt, s.EndsAt, s.Label, s.Minutes)).ToList();

    public static List<TicketTypeDto> TicketTypes(Event e) =>
        e.TicketTypes.OrderBy(t => t.Position).Select(t => new TicketTypeDto(t.Id, t.Kind, t.Name, t.Price, t.SuggestedPrice, t.Position)).ToList();

    public static EventSessionDto Session(EventSession s, Event e) => new(s.Id, s.EventId, s.Title, s.ThemeId,
        e.Themes.FirstOrDefault(t => t.Id == s.ThemeId)?.Name, s.Format, s.Description, s.Presenters, s.Needs, s.DurationMinutes, s.Capacity,
        s.PlacesHeld, s.ProposerName, s.ProposerEmail, s.PartnerId, s.Status, s.StaffNote, s.ProposedAt, s.DecidedAt, s.DecidedBy, s.RoomId,
        e.Rooms.FirstOrDefault(r => r.Id == s.RoomId)?.Name, s.SlotId, s.StartsAt, s.EndsAt, s.Version);

    /// <summary>The programme: accepted, scheduled sessions by slot and room. Nothing about proposers or needs.</summary>
    public static async Task<Programme> ProgrammeAsync(IAppDbContext db, Event e, CancellationToken ct)
    {
        var sessions = await db.EventSessions.AsNoTracking()
            .Where(s => s.EventId == e.Id && s.Status == SessionStatus.Accepted && s.StartsAt != null && s.RoomId != null && s.SlotId != null)
            .ToListAsync(ct);
        var rooms = Rooms(e);
        var slots = Slots(e).Select(slot => new ProgrammeSlot(slot.Id, slot.StartsAt, slot.EndsAt, slot.Label, sessions
                .Where(s => s.SlotId == slot.Id)
                .OrderBy(s => rooms.FindIndex(r => r.Id == s.RoomId))
                .Select(s => new ProgrammeSession(s.Id, s.Title, e.Themes.FirstOrDefault(t => t.Id == s.ThemeId)?.Name, s.Format, s.Description,
                    s.Presenters, s.DurationMinutes, s.Capacity, !s.HasRoom, s.RoomId!.Value, rooms.First(r => r.Id == s.RoomId).Name, s.StartsAt!.Value,
                    s.EndsAt!.Value))
                .ToList()))
            .ToList();
        return new Programme(e.Id, rooms, slots);
    }

    /// <summary>A published public event anyone may see; any other is "not found" to the public.</summary>
    public static async Task<Event> LoadPublicAsync(IAppDbContext db, int id, CancellationToken ct)
    {
        var e = await LoadAsync(db, id, ct, tracked: false);
        return e is { Status: EventStatus.Published, IsPublic: true } ? e : throw new NotFoundException("Event", id);
    }
}
