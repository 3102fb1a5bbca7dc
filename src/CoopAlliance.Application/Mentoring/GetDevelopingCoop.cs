using AutoMapper;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>
/// One developing co-op with its checklist, its timeline (stage changes, milestones, matches and sessions, newest
/// first) and its mentor. Not found for a mentor it is not offered to or matched with, or a rep of another co-op.
/// </summary>
public sealed record GetDevelopingCoop(int Id) : IRequest<DevelopingCoopDetail>;

public sealed class GetDevelopingCoopHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, IMapper mapper)
    : IRequestHandler<GetDevelopingCoop, DevelopingCoopDetail>
{
    public async Task<DevelopingCoopDetail> Handle(GetDevelopingCoop request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopAsync(request.Id, cancellationToken, withDetails: true);
        var sessions = await db.MentoringSessions.AsNoTracking().Where(s => s.DevelopingCoopId == coop.Id).ToListAsync(cancellationToken);
        // Newest day first; within a day, what was recorded last first (a session has only a date, so it is placed
        // by when it was logged).
        var timeline = coop.Timeline
            .Select(e => (Day: DateOnly.FromDateTime(e.At.UtcDateTime), Recorded: e.At, Order: e.Id,
                Entry: new TimelineEntryDto(e.At, e.Kind.ToString(), e.Text, e.ByName)))
            .Concat(sessions.Select(s => (Day: s.HeldOn, Recorded: s.LoggedAt, Order: s.Id,
                Entry: new TimelineEntryDto(new DateTimeOffset(s.HeldOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "Session",
                    $"Session ({s.Minutes} min): {s.Topics}", s.LoggedByName))))
            .OrderByDescending(x => x.Day).ThenByDescending(x => x.Recorded).ThenByDescending(x => x.Order)
            .Select(x => x.Entry).ToList();

        var open = await db.MentorMatches.AsNoTracking()
            .Where(m => m.DevelopingCoopId == coop.Id && (m.Status == MatchStatus.Offered || m.Status == MatchStatus.Active))
            .Join(db.Mentors, m => m.MentorId, x => x.Id, (m, x) => new { Match = m, x.FullName, x.Email, x.UserId })
            .FirstOrDefaultAsync(cancellationToken);
        var showMentor = open is not null && (access.IsStaff || open.Match.Status == MatchStatus.Active || open.UserId == user.Id);

        return mapper.Map<DevelopingCoopDetail>(coop) with
        {
            Timeline = timeline,
            Mentor = showMentor ? new MentorSummaryDto(open!.Match.MentorId, open.FullName, open.Email, open.Match.Status, open.Match.Id) : null,
        };
    }
}
