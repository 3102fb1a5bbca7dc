using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Mentoring.Matching;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>
/// Who is in the running today: every mentor with their free slots (capacity minus proposed, offered and
/// active matches), availability, conflicts and earlier declines; and every developing co-op that has not
/// graduated and has no open match (declined and expired offers put a co-op back here).
/// </summary>
internal static class MatchingCohort
{
    public static async Task<(List<MentorCandidate> Mentors, List<CoopCandidate> Coops)> LoadAsync(IAppDbContext db, DateOnly today, CancellationToken ct)
    {
        var open = await MentorLoad.OpenMatchesAsync(db, null, ct);
        var declined = (await db.MentorMatches.Where(m => m.Status == MatchStatus.Declined)
                .Select(m => new { m.MentorId, m.DevelopingCoopId }).ToListAsync(ct))
            .ToLookup(x => x.MentorId, x => x.DevelopingCoopId);
        var mentors = (await db.Mentors.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct))
            .Select(m => new MentorCandidate(m.Id, m.FullName, m.Skills.ToList(), m.Sectors, m.Languages, m.Region,
                m.Capacity - open.GetValueOrDefault(m.Id), m.IsAvailableOn(today), m.ConflictCoopIds, declined[m.Id].ToList()))
            .ToList();

        var waiting = db.DevelopingCoops.AsNoTracking()
            .Where(c => c.GraduatedCooperativeId == null)
            .Where(c => !db.MentorMatches.Any(m => m.DevelopingCoopId == c.Id
                                                   && (m.Status == MatchStatus.Proposed || m.Status == MatchStatus.Offered || m.Status == MatchStatus.Active)));
        var coops = (await waiting.OrderBy(c => c.Id).ToListAsync(ct))
            .Select(c => new CoopCandidate(c.Id, c.Name, c.Needs.ToList(), c.Sector, c.Region, c.Language))
            .ToList();
        return (mentors, coops);
    }
}
