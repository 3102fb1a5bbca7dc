using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Common.Security;

/// <summary>
/// The one place that answers "may this caller see or work on that developing co-op, match or mentor?".
/// Staff see everything. A mentor sees only the developing co-ops they are matched with — offered to them or
/// active — and their own matches and profile. A rep of a developing co-op sees only that co-op, and its
/// mentor once the match is active. Everything else is simply not there (404), in lookups and lists alike.
/// </summary>
public sealed class MentoringAccess(ICurrentUser user, IAppDbContext db)
{
    public bool IsStaff => user.IsInRole(Roles.Staff);
    private bool IsMentor => user.IsInRole(Roles.Mentor) && user.Id is not null;
    private bool IsRep => user.IsInRole(Roles.CoopRep) && user.Id is not null;

    /// <summary>The matches that let a mentor see a co-op: offered to them, or active.</summary>
    private IQueryable<MentorMatch> MyOpenMatches =>
        db.MentorMatches.Where(m => (m.Status == MatchStatus.Offered || m.Status == MatchStatus.Active)
                                    && db.Mentors.Any(x => x.Id == m.MentorId && x.UserId == user.Id));

    public IQueryable<DevelopingCoop> VisibleCoops(IQueryable<DevelopingCoop> coops)
    {
        if (IsStaff)
        {
            return coops;
        }

        var uid = user.Id ?? -1;
        var mine = MyOpenMatches;
        return (IsMentor, IsRep) switch
        {
            (true, true) => coops.Where(c => mine.Any(m => m.DevelopingCoopId == c.Id) || c.RepUserIds.Contains(uid)),
            (true, false) => coops.Where(c => mine.Any(m => m.DevelopingCoopId == c.Id)),
            (false, true) => coops.Where(c => c.RepUserIds.Contains(uid)),
            _ => coops.Where(c => false),
        };
    }

    /// <summary>A mentor sees their own matches; a rep the active and finished matches of their co-op.</summary>
    public IQueryable<MentorMatch> VisibleMatches(IQueryable<MentorMatch> matches)
    {
        if (IsStaff)
        {
            return matches;
        }

        var uid = user.Id ?? -1;
        var ownMentor = db.Mentors.Where(x => x.UserId == uid).Select(x => x.Id);
        var repCoops = db.DevelopingCoops.Where(c => c.RepUserIds.Contains(uid)).Select(c => c.Id);
        return (IsMentor, IsRep) switch
        {
            (true, _) when IsRep => matches.Where(m => ownMentor.Contains(m.MentorId) ||
                                                     (repCoops.Contains(m.DevelopingCoopId) && m.StartedOn != null)),
            (true, _) => matches.Where(m => ownMentor.Contains(m.MentorId)),
            (false, true) => matches.Where(m => repCoops.Contains(m.DevelopingCoopId) && m.StartedOn != null),
            _ => matches.Where(m => false),
        };
    }

    public IQueryable<Mentor> VisibleMentors(IQueryable<Mentor> mentors) =>
        IsStaff ? mentors : IsMentor ? mentors.Where(m => m.UserId == user.Id) : mentors.Where(m => false);

    public async Task<DevelopingCoop> GetCoopAsync(int id, CancellationToken ct, bool withDetails = false)
    {
        var query = VisibleCoops(db.DevelopingCoops);
        if (withDetails)
        {
            query = query.Include(c => c.Milestones).Include(c => c.Timeline);
        }

        return await query.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Developing co-op", id);
    }

    public async Task<MentorMatch> GetMatchAsync(int id, CancellationToken ct) =>
        await VisibleMatches(db.MentorMatches).FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("Match", id);

    public async Task<Mentor> GetMentorAsync(int id, CancellationToken ct) =>
        await VisibleMentors(db.Mentors).FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("Mentor", id);

    /// <summary>
    /// A match the caller may act on as its mentor (staff may act on any). Another mentor's match, or one the
    /// caller cannot see, is not found; a rep may look but not act.
    /// </summary>
    public async Task<MentorMatch> GetMatchToActOnAsync(int id, CancellationToken ct)
    {
        var match = await GetMatchAsync(id, ct);
        if (IsStaff || await db.Mentors.AnyAsync(x => x.Id == match.MentorId && x.UserId == user.Id, ct))
        {
            return match;
        }

        throw new NotFoundException("Match", id);
    }

    /// <summary>
    /// The developing co-op, when the caller may work on it: staff, its active mentor, or (when
    /// <paramref name="repsToo"/>) one of its reps. Someone who can only see it (a mentor with an offer) is forbidden.
    /// </summary>
    public async Task<DevelopingCoop> GetCoopToWorkOnAsync(int id, CancellationToken ct, bool repsToo = false)
    {
        var coop = await GetCoopAsync(id, ct, withDetails: true);
        if (IsStaff || (repsToo && user.Id is { } uid && coop.RepUserIds.Contains(uid)))
        {
            return coop;
        }

        var activeMentor = await db.MentorMatches.AnyAsync(m => m.DevelopingCoopId == id && m.Status == MatchStatus.Active
                                                               && db.Mentors.Any(x => x.Id == m.MentorId && x.UserId == user.Id), ct);
        return activeMentor ? coop : throw new ForbiddenAccessException("Only the co-op's active mentor or the alliance staff can do this.");
    }
}
