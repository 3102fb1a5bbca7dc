using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>A workshop (a session with its own capacity) as a registrant sees it, with their place in it if any.</summary>
public sealed record MySessionDto(int Id, string Title, DateTime StartsAt, DateTime EndsAt, string? Room, int? Capacity, int PlacesLeft,
    PlaceStatus? MyStatus, string? MyStatusText, DateTimeOffset? OfferExpiresAt);

/// <summary>
/// What the confirmation link shows its holder: their own registration — ticket, price, place, code, payment — the
/// workshops they can sign up for, and their calendar link. Never anyone else's data, and not the needs (staff only).
/// </summary>
public sealed record MyRegistrationDto(
    int EventId,
    string EventTitle,
    string EventSlug,
    DateTime StartsAt,
    DateTime EndsAt,
    string Location,
    string Name,
    string Email,
    string TicketName,
    TicketKind TicketKind,
    decimal Price,
    PlaceStatus Status,
    string StatusText,
    string Code,
    PaymentStatus Payment,
    string PaymentText,
    DateTimeOffset? OfferExpiresAt,
    bool CanCancel,
    string CalendarUrl,
    IReadOnlyList<MySessionDto> Workshops);

/// <summary>The registrant's own registration, by the secret of their confirmation link (no sign-in).</summary>
[PublicRequest]
public sealed record GetMyRegistration(string Token) : IRequest<MyRegistrationDto>;

public sealed class GetMyRegistrationHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetMyRegistration, MyRegistrationDto>
{
    public async Task<MyRegistrationDto> Handle(GetMyRegistration request, CancellationToken cancellationToken)
    {
        var r = await RegistrationLinks.FindAsync(db, request.Token, cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.TicketTypes).Include(e => e.Rooms).FirstAsync(e => e.Id == r.EventId, cancellationToken);
        var workshops = await db.EventSessions.AsNoTracking()
            .Where(s => s.EventId == ev.Id && s.Status == SessionStatus.Accepted && s.StartsAt != null && s.Capacity != null)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var mine = (await db.SessionSignups.AsNoTracking().Where(s => s.RegistrationId == r.Id).ToListAsync(cancellationToken))
            .GroupBy(s => s.SessionId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Id).First());
        var rooms = ev.Rooms.ToDictionary(x => x.Id, x => x.Name);
        var sessions = workshops.Select(s =>
        {
            var my = mine.GetValueOrDefault(s.Id);
            return new MySessionDto(s.Id, s.Title, s.StartsAt!.Value, s.EndsAt!.Value, s.RoomId is { } room ? rooms.GetValueOrDefault(room) : null,
                s.Capacity, Math.Max(0, (s.Capacity ?? 0) - s.PlacesHeld), my?.Status, my?.Status.Describe(), my?.Status == PlaceStatus.Offered ? my.OfferExpiresAt : null);
        }).ToList();
        var ticket = ev.TicketTypes.FirstOrDefault(t => t.Id == r.TicketTypeId);
        return new MyRegistrationDto(ev.Id, ev.Title, ev.Slug, ev.StartsAt, ev.EndsAt, EventCalendar.Location(ev), r.Name, r.Email,
            ticket?.Name ?? r.TicketKind.Describe(), r.TicketKind, r.Price, r.Status, r.Status.Describe(), r.Code, r.Payment, r.Payment.Describe(),
            r.Status == PlaceStatus.Offered ? r.OfferExpiresAt : null,
            r.Status is not (PlaceStatus.Cancelled or PlaceStatus.OfferExpired) && !ev.IsOver(clock.Now.DateTime),
            $"/api/v1/events/registrations/{r.Token}/calendar.ics", sessions);
    }
}
