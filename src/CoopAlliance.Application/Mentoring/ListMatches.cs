using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>
/// Matches, newest first, filtered by status, mentor or developing co-op, or found by the co-op's or the
/// mentor's name (<see cref="Q"/>). Staff see all; a mentor their own (their offers and co-ops); a rep the
/// matches of their co-op that became active.
/// </summary>
[AnySignedInUser]
public sealed record ListMatches(MatchStatus? Status = null, int? MentorId = null, int? DevelopingCoopId = null, string? Q = null)
    : IRequest<IReadOnlyList<MatchDto>>;

public sealed class ListMatchesHandler(IAppDbContext db, MentoringAccess access) : IRequestHandler<ListMatches, IReadOnlyList<MatchDto>>
{
    public async Task<IReadOnlyList<MatchDto>> Handle(ListMatches request, CancellationToken cancellationToken)
    {
        var matches = access.VisibleMatches(db.MentorMatches).AsNoTracking();
        if (request.Status is { } status) matches = matches.Where(m => m.Status == status);
        if (request.MentorId is { } mentorId) matches = matches.Where(m => m.MentorId == mentorId);
        if (request.DevelopingCoopId is { } coopId) matches = matches.Where(m => m.DevelopingCoopId == coopId);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            matches = matches.Where(m => db.DevelopingCoops.Any(c => c.Id == m.DevelopingCoopId && c.Name.ToLower().Contains(q))
                                         || db.Mentors.Any(x => x.Id == m.MentorId && x.FullName.ToLower().Contains(q)));
        }

        return await MatchQuery.Project(db, matches.OrderByDescending(m => m.ProposedAt).ThenByDescending(m => m.Id)).ToListAsync(cancellationToken);
    }
}

/// <summary>One match (the same visibility as the list).</summary>
[AnySignedInUser]
public sealed record GetMatch(int Id) : IRequest<MatchDto>;

public sealed class GetMatchHandler(IAppDbContext db, MentoringAccess access) : IRequestHandler<GetMatch, MatchDto>
{
    public async Task<MatchDto> Handle(GetMatch request, CancellationToken cancellationToken)
    {
        var match = await access.GetMatchAsync(request.Id, cancellationToken);
        return await MatchQuery.Project(db, db.MentorMatches.AsNoTracking().Where(m => m.Id == match.Id)).FirstAsync(cancellationToken);
    }
}

internal static class MatchQuery
{
    public static IQueryable<MatchDto> Project(IAppDbContext db, IQueryable<MentorMatch> matches) =>
        from m in matches
        join mentor in db.Mentors on m.MentorId equals mentor.Id
        join coop in db.DevelopingCoops on m.DevelopingCoopId equals coop.Id
        select new MatchDto
        {
            Id = m.Id,
            MentorId = m.MentorId,
            MentorName = mentor.FullName,
            DevelopingCoopId = m.DevelopingCoopId,
            DevelopingCoopName = coop.Name,
            Status = m.Status,
            Score = m.Score,
            Explanation = m.Explanation,
            ProposedAt = m.ProposedAt,
            OfferedAt = m.OfferedAt,
            OfferExpiresOn = m.OfferExpiresOn,
            RespondedAt = m.RespondedAt,
            StartedOn = m.StartedOn,
            EndedOn = m.EndedOn,
            Reason = m.Reason,
            Version = m.Version,
        };
}
