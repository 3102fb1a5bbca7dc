using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>
/// One developing co-op with its checklist, its timeline (stage changes, milestones, matches and sessions, newest
/// first) and its mentor. Not found for a mentor it is not offered to or matched with, or a rep of another co-op.
/// </summary>
[AnySignedInUser]
public sealed record GetDevelopingCoop(int Id) : IRequest<DevelopingCoopDetail>;

public sealed class GetDevelopingCoopHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, AllianceClock clock)
    : IRequestHandler<GetDevelopingCoop, DevelopingCoopDetail>
{
    public Task<DevelopingCoopDetail> Handle(GetDevelopingCoop request, CancellationToken cancellationToken) =>
        DevelopingCoopDetails.ReadAsync(request.Id, db, access, user, clock, cancellationToken);
}

/// <summary>
/// A rep's own developing co-op (the one whose reps include their login) — the rep's home when their co-op is still
/// in the pipeline. Not found when the login represents no developing co-op.
/// </summary>
[Authorize(Roles.CoopRep)]
public sealed record GetMyDevelopingCoop : IRequest<DevelopingCoopDetail>;

public sealed class GetMyDevelopingCoopHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, AllianceClock clock)
    : IRequestHandler<GetMyDevelopingCoop, DevelopingCoopDetail>
{
    public async Task<DevelopingCoopDetail> Handle(GetMyDevelopingCoop request, CancellationToken cancellationToken)
    {
        var uid = user.Id ?? -1;
        // One co-op per rep; should an old link to a graduated record remain, the one still in the pipeline wins.
        var id = await db.DevelopingCoops.AsNoTracking().Where(c => c.RepUserIds.Contains(uid))
                     .OrderBy(c => c.GraduatedCooperativeId != null).ThenByDescending(c => c.Id)
                     .Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken)
                 ?? throw new NotFoundException("Developing co-op", "of this rep");
        return await DevelopingCoopDetails.ReadAsync(id, db, access, user, clock, cancellationToken);
    }
}

internal static class DevelopingCoopDetails
{
    public static async Task<DevelopingCoopDetail> ReadAsync(int id, IAppDbContext db, MentoringAccess access, ICurrentUser user,
        AllianceClock clock, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopAsync(id, cancellationToken, withDetails: true);
        var sessions = await db.MentoringSessions.AsNoTracking().Where(s => s.DevelopingCoopId == coop.Id).ToListAsync(cancellationToken);
        // Newest day first; within a day, what was recorded last first (a session has only a date, so it is placed
        // by when it was logged). A session shows its topics only: the mentor's notes stay with the session.
        var timeline = coop.Timeline
            .Select(e => (Day: clock.DateOf(e.At), Recorded: e.At, Order: e.Id,
                Entry: new TimelineEntryDto(e.At, e.Kind.ToString(), e.Text, e.ByName)))
            .Concat(sessions.Select(s => (Day: s.HeldOn, Recorded: s.LoggedAt, Order: s.Id,
                Entry: new TimelineEntryDto(clock.StartOf(s.HeldOn), "Session",
                    $"Session ({s.Minutes} min): {s.Topics}", s.LoggedByName))))
            .OrderByDescending(x => x.Day).ThenByDescending(x => x.Recorded).ThenByDescending(x => x.Order)
            .Select(x => x.Entry).ToList();

        var open = await db.MentorMatches.AsNoTracking()
            .Where(m => m.DevelopingCoopId == coop.Id && (m.Status == MatchStatus.Offered || m.Status == MatchStatus.Active))
            .Join(db.Mentors, m => m.MentorId, x => x.Id, (m, x) => new { Match = m, x.FullName, x.Email, x.UserId })
            .FirstOrDefaultAsync(cancellationToken);
        // Staff and the offered mentor see an offer; everyone else (the co-op's reps) only an active match.
        var showMentor = open is not null && (access.IsStaff || open.Match.Status == MatchStatus.Active || open.UserId == user.Id);

        return DevelopingCoopDetail.From(coop, timeline,
            showMentor ? new MentorSummaryDto(open!.Match.MentorId, open.FullName, open.Email, open.Match.Status, open.Match.Id) : null);
    }
}
