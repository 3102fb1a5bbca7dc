using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Day;

public sealed record EventPdfFile(byte[] Content, string FileName);

/// <summary>Name badges for everyone with a confirmed place, A–Z, eight to a page (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record GetBadgesPdf(int EventId) : IRequest<EventPdfFile>;

public sealed class GetBadgesPdfHandler(IAppDbContext db, IPdfRenderer renderer, IOptions<AppOptions> app) : IRequestHandler<GetBadgesPdf, EventPdfFile>
{
    public async Task<EventPdfFile> Handle(GetBadgesPdf request, CancellationToken cancellationToken)
    {
        var ev = await EventPdfData.EventAsync(db, request.EventId, cancellationToken);
        var tickets = ev.TicketTypes.ToDictionary(t => t.Id, t => t.Name);
        var people = await db.Registrations.AsNoTracking().Where(r => r.EventId == ev.Id && r.Status == PlaceStatus.Confirmed)
            .Select(r => new { r.Name, r.OrganisationName, r.CooperativeId, r.TicketTypeId, r.TicketKind, r.Code })
            .ToListAsync(cancellationToken);
        var coops = await EventPdfData.CoopNamesAsync(db, people.Select(p => p.CooperativeId), cancellationToken);
        var badges = people
            .Select(p => new Badge(p.Name, p.OrganisationName ?? (p.CooperativeId is { } c && coops.TryGetValue(c, out var coop) ? coop : null),
                tickets.TryGetValue(p.TicketTypeId, out var t) ? t : p.TicketKind.Describe(), p.Code))
            .OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new EventPdfFile(renderer.Render(EventDocuments.Badges(EventPdfData.Header(ev, app.Value), badges)), $"{ev.Slug}-badges.pdf");
    }
}

/// <summary>
/// The printed programme. Anyone may have it for a published public event (it is what the public page shows); for an
/// event still being planned, cancelled or not public, only staff — others get 404, as if there were no such event.
/// </summary>
[PublicRequest]
public sealed record GetProgrammePdf(int EventId) : IRequest<EventPdfFile>;

public sealed class GetProgrammePdfHandler(IAppDbContext db, IPdfRenderer renderer, ICurrentUser user, IOptions<AppOptions> app)
    : IRequestHandler<GetProgrammePdf, EventPdfFile>
{
    public async Task<EventPdfFile> Handle(GetProgrammePdf request, CancellationToken cancellationToken)
    {
        var ev = await EventPdfData.EventAsync(db, request.EventId, cancellationToken);
        if (!(ev.IsPublic && ev.Status == EventStatus.Published) && !user.IsInRole(Roles.Staff))
        {
            throw new NotFoundException("Event", request.EventId);
        }

        var sessions = await db.EventSessions.AsNoTracking()
            .Where(s => s.EventId == ev.Id && s.Status == SessionStatus.Accepted && s.StartsAt != null)
            .ToListAsync(cancellationToken);
        var themes = ev.Themes.ToDictionary(t => t.Id, t => t.Name);
        var rooms = ev.Rooms.ToDictionary(r => r.Id, r => r.Name);
        var slots = ev.Slots.ToDictionary(s => s.Id);
        var data = new ProgrammeData(
            EventPdfData.Header(ev, app.Value),
            ev.Themes.OrderBy(t => t.Position).Select(t => t.Name).ToList(),
            ev.Rooms.OrderBy(r => r.Name).Select(r => new ProgrammeRoom(r.Name, r.AccessibilityNotes)).ToList(),
            sessions
                .OrderBy(s => s.StartsAt).ThenBy(s => s.RoomId is { } r && rooms.TryGetValue(r, out var n) ? n : "")
                .Select(s => new ProgrammeSession(s.StartsAt!.Value, s.EndsAt!.Value,
                    s.SlotId is { } slot && slots.TryGetValue(slot, out var sl) ? sl.Label : null,
                    s.RoomId is { } room && rooms.TryGetValue(room, out var name) ? name : "To be announced",
                    s.Title, s.Format, s.ThemeId is { } theme && themes.TryGetValue(theme, out var th) ? th : null,
                    s.Presenters, s.Description, s.Capacity is not null))
                .ToList());
        return new EventPdfFile(renderer.Render(EventDocuments.Programme(data)), $"{ev.Slug}-programme.pdf");
    }
}

/// <summary>
/// The post-event report (staff), made from the database on each request, so it follows the commitments' statuses as
/// their owners report them.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetEventReportPdf(int EventId) : IRequest<EventPdfFile>;

public sealed class GetEventReportPdfHandler(IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<GetEventReportPdf, EventPdfFile>
{
    public async Task<EventPdfFile> Handle(GetEventReportPdf request, CancellationToken cancellationToken)
    {
        var ev = await EventPdfData.EventAsync(db, request.EventId, cancellationToken);
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == ev.Id)
            .Select(r => new { r.Id, r.Status, r.TicketTypeId, r.TicketKind, r.OrganisationName, r.CooperativeId, CheckedIn = r.CheckedInAt != null })
            .ToListAsync(cancellationToken);
        var confirmed = registrations.Where(r => r.Status == PlaceStatus.Confirmed).ToList();
        var coops = await EventPdfData.CoopNamesAsync(db, confirmed.Select(r => r.CooperativeId), cancellationToken);
        var tickets = ev.TicketTypes.OrderBy(t => t.Position).ToList();
        var byTicket = tickets
            .Select(t => new AttendanceRow(t.Name, confirmed.Count(r => r.TicketTypeId == t.Id), confirmed.Count(r => r.TicketTypeId == t.Id && r.CheckedIn)))
            .ToList();
        var byOrganisation = confirmed
            .GroupBy(r => r.OrganisationName ?? (r.CooperativeId is { } c && coops.TryGetValue(c, out var coop) ? coop : EventDocuments.NoOrganisation),
                StringComparer.OrdinalIgnoreCase)
            .Select(g => new AttendanceRow(g.First().OrganisationName ?? g.Key, g.Count(), g.Count(r => r.CheckedIn)))
            .OrderBy(r => r.Label == EventDocuments.NoOrganisation ? 1 : 0).ThenByDescending(r => r.Registered).ThenBy(r => r.Label, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var sessions = await db.EventSessions.AsNoTracking().Where(s => s.EventId == ev.Id && s.Status == SessionStatus.Accepted).ToListAsync(cancellationToken);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var signups = await db.SessionSignups.AsNoTracking().Where(s => sessionIds.Contains(s.SessionId))
            .Select(s => new { s.SessionId, s.RegistrationId, s.Status }).ToListAsync(cancellationToken);
        var checkedIn = registrations.Where(r => r.CheckedIn).Select(r => r.Id).ToHashSet();
        var rooms = ev.Rooms.ToDictionary(r => r.Id, r => r.Name);
        var turnout = sessions.Select(s =>
        {
            var mine = signups.Where(x => x.SessionId == s.Id).ToList();
            var held = mine.Where(x => x.Status == PlaceStatus.Confirmed).ToList();
            return new SessionTurnout(s.StartsAt, s.Title, s.RoomId is { } r && rooms.TryGetValue(r, out var room) ? room : null, s.Format, s.Capacity,
                held.Count, mine.Count(x => x.Status is PlaceStatus.Waitlisted or PlaceStatus.Offered), held.Count(x => checkedIn.Contains(x.RegistrationId)));
        }).ToList();

        var themes = ev.Themes.ToDictionary(t => t.Id, t => t.Name);
        var proposals = await db.ActionProposals.AsNoTracking().Where(p => p.EventId == ev.Id).ToListAsync(cancellationToken);
        var dots = await db.DotVotes.AsNoTracking().Where(v => v.EventId == ev.Id).GroupBy(v => v.ProposalId)
            .Select(g => new { ProposalId = g.Key, Dots = g.Sum(v => v.Dots) }).ToDictionaryAsync(g => g.ProposalId, g => g.Dots, cancellationToken);
        var totals = proposals.Select(p => new ProposalTotal(p.ThemeId is { } t && themes.TryGetValue(t, out var theme) ? theme : null, p.What, p.AuthorName,
            dots.GetValueOrDefault(p.Id), p.IsHidden)).ToList();

        var today = clock.Today;
        var commitments = await db.Commitments.AsNoTracking().Include(c => c.FollowUps).Where(c => c.EventId == ev.Id)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var lines = commitments.Select(c => new CommitmentLine(c.Action, c.OrganisationName, c.OwnerName, c.Status, c.StatusNote, c.StatusUpdatedAt,
            c.FollowUps.Where(f => f.AnsweredAt is null && f.DueOn >= today).OrderBy(f => f.DueOn).Select(f => (DateOnly?)f.DueOn).FirstOrDefault())).ToList();

        var data = new EventReportData(EventPdfData.Header(ev, app.Value), clock.Now, registrations.Count(r => r.Status == PlaceStatus.Waitlisted),
            byTicket, byOrganisation, turnout, ev.Voting, totals, lines);
        return new EventPdfFile(renderer.Render(EventDocuments.Report(data)), $"{ev.Slug}-report.pdf");
    }
}

internal static class EventPdfData
{
    public static async Task<Event> EventAsync(IAppDbContext db, int id, CancellationToken ct) =>
        await db.Events.AsNoTracking().Include(e => e.Themes).Include(e => e.Rooms).Include(e => e.Slots).Include(e => e.TicketTypes)
            .FirstOrDefaultAsync(e => e.Id == id, ct)
        ?? throw new NotFoundException("Event", id);

    public static EventHeader Header(Event ev, AppOptions app) =>
        new(ev.Title, ev.Summary, ev.StartsAt, ev.EndsAt, ev.VenueName, ev.VenueAddress, ev.Town, ev.AccessibilityNotes, app.AllianceName);

    public static async Task<Dictionary<int, string>> CoopNamesAsync(IAppDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.Where(i => i is not null).Select(i => i!.Value).Distinct().ToList();
        var coops = await db.Cooperatives.AsNoTracking().Where(c => wanted.Contains(c.Id))
            .Select(c => new { c.Id, c.LegalName, c.TradeName }).ToListAsync(ct);
        return coops.ToDictionary(c => c.Id, c => string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName!);
    }
}
