using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

public sealed record MeetingDelegateDto(int CoopId, string CoopName, int? PersonId, string? PersonName, int? AlternatePersonId, string? AlternateName, bool Present);

/// <summary>For the check-in desk: every co-op eligible at a meeting with its delegate and alternate (if named) and whether it is present.</summary>
[Authorize(Roles.Staff)]
public sealed record ListMeetingDelegates(int MeetingId) : IRequest<IReadOnlyList<MeetingDelegateDto>>;

public sealed class ListMeetingDelegatesHandler(IAppDbContext db) : IRequestHandler<ListMeetingDelegates, IReadOnlyList<MeetingDelegateDto>>
{
    public async Task<IReadOnlyList<MeetingDelegateDto>> Handle(ListMeetingDelegates request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Eligible).Include(m => m.Attendance)
                          .FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken) ?? throw new NotFoundException("Meeting", request.MeetingId);
        var ids = meeting.Eligible.Select(e => e.CooperativeId).ToList();
        var coops = await db.Cooperatives.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.LegalName, c.TradeName }).ToListAsync(cancellationToken);
        var delegates = await (from d in db.Delegates.AsNoTracking()
                               where ids.Contains(d.CooperativeId)
                               join p in db.People on d.PersonId equals p.Id
                               join a in db.People on d.AlternatePersonId equals a.Id into alts
                               from a in alts.DefaultIfEmpty()
                               select new { d.CooperativeId, d.PersonId, p.FullName, d.AlternatePersonId, AlternateName = a == null ? null : a.FullName })
            .ToDictionaryAsync(d => d.CooperativeId, cancellationToken);
        var present = meeting.Attendance.Select(a => a.CooperativeId).ToHashSet();
        return coops.Select(c =>
            {
                var d = delegates.GetValueOrDefault(c.Id);
                return new MeetingDelegateDto(c.Id, string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName!, d?.PersonId, d?.FullName, d?.AlternatePersonId,
                    d?.AlternateName, present.Contains(c.Id));
            })
            .OrderBy(c => c.CoopName).ToList();
    }
}
