using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Day;

/// <summary>
/// One person as the volunteer at the door sees them: name, organisation, ticket, place and whether they are in. Never
/// their needs (staff read those on the registrations page) and never the secret of their confirmation link.
/// </summary>
public sealed record CheckInCandidate(
    int RegistrationId,
    string Name,
    string? OrganisationName,
    string Code,
    string Ticket,
    TicketKind TicketKind,
    PlaceStatus Status,
    string StatusText,
    bool CheckedIn,
    DateTimeOffset? CheckedInAt,
    string? CheckedInBy);

/// <summary>How many confirmed people have arrived.</summary>
public sealed record CheckInCounts(int CheckedIn, int Confirmed);

/// <summary>The answer to a search at the door: the matches (at most <see cref="FindForCheckIn.MaxMatches"/>) and the counts.</summary>
public sealed record CheckInSearch(int EventId, string EventTitle, DateTime StartsAt, string? Query, IReadOnlyList<CheckInCandidate> Matches, CheckInCounts Counts);

/// <summary>
/// Finds registrants at the door by the short code from their confirmation (typed in any case, with spaces or dashes)
/// or by part of their name. Confirmed people come first. An empty query finds nobody but still gives the counts.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record FindForCheckIn(int EventId, string? Query) : IRequest<CheckInSearch>
{
    public const int MaxMatches = 25;
}

public sealed class FindForCheckInValidator : AbstractValidator<FindForCheckIn>
{
    public FindForCheckInValidator() => RuleFor(x => x.Query).MaximumLength(100);
}

public sealed class FindForCheckInHandler(IAppDbContext db) : IRequestHandler<FindForCheckIn, CheckInSearch>
{
    public async Task<CheckInSearch> Handle(FindForCheckIn request, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.TicketTypes).FirstOrDefaultAsync(e => e.Id == request.EventId, cancellationToken)
                 ?? throw new NotFoundException("Event", request.EventId);
        var query = request.Query?.Trim();
        var matches = new List<CheckInCandidate>();
        if (!string.IsNullOrEmpty(query))
        {
            var code = Registration.NormalizeCode(query);
            var name = query.ToLowerInvariant();
            var found = await db.Registrations.AsNoTracking()
                .Where(r => r.EventId == ev.Id && (r.Code == code || r.Name.ToLower().Contains(name)))
                .ToListAsync(cancellationToken);
            var tickets = ev.TicketTypes.ToDictionary(t => t.Id, t => t.Name);
            matches = found
                .OrderBy(r => r.Code == code ? 0 : 1)
                .ThenBy(r => r.Status == PlaceStatus.Confirmed ? 0 : 1)
                .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
                .Take(FindForCheckIn.MaxMatches)
                .Select(r => CheckInData.Candidate(r, tickets))
                .ToList();
        }

        return new CheckInSearch(ev.Id, ev.Title, ev.StartsAt, query, matches, await CheckInData.CountsAsync(db, ev.Id, cancellationToken));
    }
}

/// <summary>How many confirmed registrants have been checked in at an event.</summary>
[Authorize(Roles.Staff)]
public sealed record GetCheckInCounts(int EventId) : IRequest<CheckInCounts>;

public sealed class GetCheckInCountsHandler(IAppDbContext db) : IRequestHandler<GetCheckInCounts, CheckInCounts>
{
    public async Task<CheckInCounts> Handle(GetCheckInCounts request, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == request.EventId, cancellationToken))
        {
            throw new NotFoundException("Event", request.EventId);
        }

        return await CheckInData.CountsAsync(db, request.EventId, cancellationToken);
    }
}

/// <summary>
/// Checks a registrant in at the door. Checking in twice changes nothing (two volunteers at two doors); someone without a
/// confirmed place (waitlisted, offered, cancelled) is refused with the reason.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record CheckInRegistration(int EventId, int RegistrationId) : ICommand<CheckInCandidate>;

public sealed class CheckInRegistrationHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<CheckInRegistration, CheckInCandidate>
{
    public async Task<CheckInCandidate> Handle(CheckInRegistration request, CancellationToken cancellationToken)
    {
        var registration = await CheckInData.FindAsync(db, request.EventId, request.RegistrationId, cancellationToken);
        registration.CheckIn(user.AsActor(), clock.UtcNow);
        return CheckInData.Candidate(registration, await CheckInData.TicketNamesAsync(db, request.EventId, cancellationToken));
    }
}

/// <summary>Takes a check-in back (the wrong person was tapped). Safe to repeat.</summary>
[Authorize(Roles.Staff)]
public sealed record UndoCheckIn(int EventId, int RegistrationId) : ICommand<CheckInCandidate>;

public sealed class UndoCheckInHandler(IAppDbContext db) : IRequestHandler<UndoCheckIn, CheckInCandidate>
{
    public async Task<CheckInCandidate> Handle(UndoCheckIn request, CancellationToken cancellationToken)
    {
        var registration = await CheckInData.FindAsync(db, request.EventId, request.RegistrationId, cancellationToken);
        registration.UndoCheckIn();
        return CheckInData.Candidate(registration, await CheckInData.TicketNamesAsync(db, request.EventId, cancellationToken));
    }
}

internal static class CheckInData
{
    public static async Task<Registration> FindAsync(IAppDbContext db, int eventId, int registrationId, CancellationToken ct) =>
        await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, ct)
        ?? throw new NotFoundException("Registration", registrationId);

    public static async Task<IReadOnlyDictionary<int, string>> TicketNamesAsync(IAppDbContext db, int eventId, CancellationToken ct) =>
        await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

    public static async Task<CheckInCounts> CountsAsync(IAppDbContext db, int eventId, CancellationToken ct)
    {
        var confirmed = db.Registrations.Where(r => r.EventId == eventId && r.Status == PlaceStatus.Confirmed);
        return new CheckInCounts(await confirmed.CountAsync(r => r.CheckedInAt != null, ct), await confirmed.CountAsync(ct));
    }

    public static CheckInCandidate Candidate(Registration r, IReadOnlyDictionary<int, string> tickets) =>
        new(r.Id, r.Name, r.OrganisationName, r.Code, tickets.TryGetValue(r.TicketTypeId, out var ticket) ? ticket : r.TicketKind.Describe(), r.TicketKind,
            r.Status, r.Status.Describe(), r.CheckedInAt is not null, r.CheckedInAt, r.CheckedInBy);
}
