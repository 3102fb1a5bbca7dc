using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>Mentors with their load (staff see all; a mentor sees their own profile).</summary>
[AnySignedInUser]
public sealed record ListMentors(string? Q = null) : IRequest<IReadOnlyList<MentorDto>>;

public sealed class ListMentorsHandler(IAppDbContext db, MentoringAccess access) : IRequestHandler<ListMentors, IReadOnlyList<MentorDto>>
{
    public async Task<IReadOnlyList<MentorDto>> Handle(ListMentors request, CancellationToken cancellationToken)
    {
        var query = access.VisibleMentors(db.Mentors).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            query = query.Where(m => m.FullName.ToLower().Contains(q) || m.Email.ToLower().Contains(q) || (m.HomeCoop != null && m.HomeCoop.ToLower().Contains(q)));
        }

        var mentors = await query.OrderBy(m => m.FullName).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var load = await MentorLoad.OpenMatchesAsync(db, mentors.Select(m => m.Id).ToList(), cancellationToken);
        return mentors.Select(m => MentorDto.From(m, load.GetValueOrDefault(m.Id))).ToList();
    }
}

/// <summary>One mentor's profile and load.</summary>
[AnySignedInUser]
public sealed record GetMentor(int Id) : IRequest<MentorDto>;

public sealed class GetMentorHandler(IAppDbContext db, MentoringAccess access) : IRequestHandler<GetMentor, MentorDto>
{
    public async Task<MentorDto> Handle(GetMentor request, CancellationToken cancellationToken)
    {
        var mentor = await access.VisibleMentors(db.Mentors).AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Mentor", request.Id);
        var load = await MentorLoad.OpenMatchesAsync(db, [mentor.Id], cancellationToken);
        return MentorDto.From(mentor, load.GetValueOrDefault(mentor.Id));
    }
}

internal static class MentorLoad
{
    /// <summary>Proposed, offered and active matches per mentor: what counts against capacity.</summary>
    public static async Task<Dictionary<int, int>> OpenMatchesAsync(IAppDbContext db, IReadOnlyCollection<int>? mentorIds, CancellationToken ct)
    {
        var query = db.MentorMatches.Where(m => m.Status == MatchStatus.Proposed || m.Status == MatchStatus.Offered || m.Status == MatchStatus.Active);
        if (mentorIds is not null)
        {
            query = query.Where(m => mentorIds.Contains(m.MentorId));
        }

        return await query.GroupBy(m => m.MentorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
