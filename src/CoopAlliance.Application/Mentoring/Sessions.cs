using AutoMapper;
using AutoMapper.QueryableExtensions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>The mentor (or staff) logs a session on an active match. Returns the session's id.</summary>
[Authorize(Roles.Mentor, Roles.Staff)]
public sealed record LogSession(int MatchId, DateOnly HeldOn, int Minutes, string Topics, string? Notes, string? NextSteps) : ICommand<int>;

public sealed class LogSessionValidator : AbstractValidator<LogSession>
{
    public LogSessionValidator(AllianceClock clock)
    {
        RuleFor(x => x.HeldOn).NotEmpty().WithMessage("Enter the date of the session.")
            .LessThanOrEqualTo(_ => clock.Today).WithMessage("A session cannot be logged before it happens.");
        RuleFor(x => x.Minutes).InclusiveBetween(1, MentoringSession.MaxMinutes).WithMessage("Enter how long the session was, in minutes (up to 12 hours).");
        RuleFor(x => x.Topics).NotEmpty().WithMessage("Say what you worked on, e.g. bylaws, bookkeeping.").MaximumLength(500);
        RuleFor(x => x.Notes).MaximumLength(4000);
        RuleFor(x => x.NextSteps).MaximumLength(2000);
    }
}

public sealed class LogSessionHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<LogSession, int>
{
    public async Task<int> Handle(LogSession request, CancellationToken cancellationToken)
    {
        var match = await access.GetMatchToActOnAsync(request.MatchId, cancellationToken);
        var session = new MentoringSession(match, request.HeldOn, request.Minutes, request.Topics, request.Notes, request.NextSteps,
            user.AsActor(), clock.UtcNow);
        db.MentoringSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken); // the id is the answer
        return session.Id;
    }
}

/// <summary>
/// A developing co-op's sessions, newest first (whoever may see the co-op). The notes are the mentors' working
/// notes: staff and mentors read them; the co-op's reps see the date, length, topics and next steps.
/// </summary>
[AnySignedInUser]
public sealed record ListSessions(int DevelopingCoopId) : IRequest<IReadOnlyList<SessionDto>>;

public sealed class ListSessionsHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, IMapper mapper)
    : IRequestHandler<ListSessions, IReadOnlyList<SessionDto>>
{
    public async Task<IReadOnlyList<SessionDto>> Handle(ListSessions request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopAsync(request.DevelopingCoopId, cancellationToken);
        var sessions = await db.MentoringSessions.AsNoTracking().Where(s => s.DevelopingCoopId == coop.Id)
            .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)
            .ProjectTo<SessionDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        // A mentor who got this far is matched with the co-op (offered or active); anyone else here is one of its reps.
        return access.IsStaff || user.IsInRole(Roles.Mentor) ? sessions : sessions.Select(s => s with { Notes = null }).ToList();
    }
}
