using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>An event's sessions for staff: proposals waiting first, then by time on the programme; optionally of one status.</summary>
[Authorize(Roles.Staff)]
public sealed record ListSessions(int EventId, SessionStatus? Status = null) : IRequest<IReadOnlyList<EventSessionDto>>;

public sealed class ListSessionsValidator : AbstractValidator<ListSessions>
{
    public ListSessionsValidator() => RuleFor(x => x.Status).IsInEnum();
}

public sealed class ListSessionsHandler(IAppDbContext db) : IRequestHandler<ListSessions, IReadOnlyList<EventSessionDto>>
{
    public async Task<IReadOnlyList<EventSessionDto>> Handle(ListSessions request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken, tracked: false);
        var sessions = await db.EventSessions.AsNoTracking()
            .Where(s => s.EventId == ev.Id && (request.Status == null || s.Status == request.Status))
            .ToListAsync(cancellationToken);
        return sessions
            .OrderBy(s => s.Status switch { SessionStatus.Proposed => 0, SessionStatus.ChangesRequested => 1, SessionStatus.Accepted => 2, _ => 3 })
            .ThenBy(s => s.StartsAt ?? DateTime.MaxValue).ThenBy(s => s.ProposedAt).ThenBy(s => s.Id)
            .Select(s => EventData.Session(s, ev)).ToList();
    }
}
