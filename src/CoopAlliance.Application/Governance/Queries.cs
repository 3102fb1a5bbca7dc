using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Governance;

/// <summary>Meetings, latest first (staff and every rep: meetings are the members' own business).</summary>
[AnySignedInUser]
public sealed record ListMeetings : IRequest<IReadOnlyList<MeetingSummary>>;

public sealed class ListMeetingsHandler(IAppDbContext db) : IRequestHandler<ListMeetings, IReadOnlyList<MeetingSummary>>
{
    public async Task<IReadOnlyList<MeetingSummary>> Handle(ListMeetings request, CancellationToken cancellationToken) =>
        (await db.Meetings.AsNoTracking()
            .Select(m => new MeetingSummary(m.Id, m.Kind, m.Title, m.StartsAt, m.RecordDate, m.State, m.MinutesPublishedAt != null))
            .ToListAsync(cancellationToken)).OrderByDescending(m => m.StartsAt).ToList();
}

/// <summary>One meeting with its agenda, eligible co-ops, attendance and live quorum. Unpublished minutes are staff-only.</summary>
[AnySignedInUser]
public sealed record GetMeeting(int MeetingId) : IRequest<MeetingDetail>;

public sealed class GetMeetingHandler(IAppDbContext db, CoopAccess access, IOptions<GovernanceOptions> options) : IRequestHandler<GetMeeting, MeetingDetail>
{
    public async Task<MeetingDetail> Handle(GetMeeting request, CancellationToken cancellationToken)
    {
        var m = await db.Meetings.AsNoTracking().Include(x => x.Eligible).Include(x => x.Attendance)
                    .FirstOrDefaultAsync(x => x.Id == request.MeetingId, cancellationToken) ?? throw new NotFoundException("Meeting", request.MeetingId);
        var ids = m.Eligible.Select(e => e.CooperativeId).Concat(m.Attendance.Select(a => a.CooperativeId)).Distinct().ToList();
        var names = await db.Cooperatives.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.LegalName, c.TradeName }).ToListAsync(cancellationToken);
        var name = names.ToDictionary(c => c.Id, c => string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName!);
        var delegates = await db.Delegates.AsNoTracking().Where(d => ids.Contains(d.CooperativeId)).Select(d => d.CooperativeId).ToListAsync(cancellationToken);
        var present = m.Attendance.Select(a => a.CooperativeId).ToHashSet();
        var published = m.MinutesPublishedAt is not null || access.IsStaff;
        return new MeetingDetail(m.Id, m.Kind, m.Title, m.StartsAt, m.Place, m.OnlineLink, m.RecordDate, m.NoticeDays, m.AgendaItems, m.State,
            m.EligibilityFixedAt is not null, m.Quorum(options.Value.QuorumFraction),
            m.Eligible.Select(e => new EligibleCoopDto(e.CooperativeId, name.GetValueOrDefault(e.CooperativeId, "?"), present.Contains(e.CooperativeId), delegates.Contains(e.CooperativeId)))
                .OrderBy(e => e.CoopName).ToList(),
            m.Attendance.OrderBy(a => a.CheckedInAt).Select(a => new AttendanceDto(a.CooperativeId, name.GetValueOrDefault(a.CooperativeId, "?"), a.PersonName, a.CheckedInAt)).ToList(),
            published ? m.Minutes : null, m.MinutesPublishedAt, m.Version);
    }
}

/// <summary>A meeting's motions and elections with their candidates; for a rep, whether their co-op has voted.</summary>
[AnySignedInUser]
public sealed record ListMotions(int MeetingId) : IRequest<IReadOnlyList<MotionDto>>;

public sealed class ListMotionsHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<ListMotions, IReadOnlyList<MotionDto>>
{
    public async Task<IReadOnlyList<MotionDto>> Handle(ListMotions request, CancellationToken cancellationToken)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == request.MeetingId, cancellationToken))
        {
            throw new NotFoundException("Meeting", request.MeetingId);
        }

        var motions = await db.Motions.AsNoTracking().Include(m => m.Candidates).Where(m => m.MeetingId == request.MeetingId).ToListAsync(cancellationToken);
        var ids = motions.Select(m => m.Id).ToList();
        var voted = user.CooperativeId is { } coop
            ? (await db.BallotsCast.AsNoTracking().Where(b => ids.Contains(b.MotionId) && b.CooperativeId == coop).Select(b => b.MotionId).ToListAsync(cancellationToken)).ToHashSet()
            : null;
        return motions.OrderBy(m => m.OpensAt).ThenBy(m => m.Id).Select(m => new MotionDto(m.Id, m.MeetingId, m.Kind, m.Title, m.Text, m.Threshold, m.Secret, m.OpensAt, m.ClosesAt,
            m.State, m.Seats, m.TermMonths, Candidates(m), voted?.Contains(m.Id))).ToList();
    }

    internal static List<CandidateDto> Candidates(Motion m) =>
        m.Candidates.OrderBy(c => c.Id).Select(c => new CandidateDto(c.Id, c.Name, c.Statement,
            m.State == MotionState.Closed ? c.Votes : null, c.Elected, c.TiedForLastSeat)).ToList();
}

/// <summary>
/// A motion's result once voting has closed (before: the count of co-ops that voted, nothing more). An open vote publishes
/// each co-op's vote; a secret one, only the totals and which co-ops voted.
/// </summary>
[AnySignedInUser]
public sealed record GetMotionResult(int MotionId) : IRequest<MotionResultDto>;

public sealed class GetMotionResultHandler(IAppDbContext db) : IRequestHandler<GetMotionResult, MotionResultDto>
{
    public async Task<MotionResultDto> Handle(GetMotionResult request, CancellationToken cancellationToken)
    {
        var m = await db.Motions.AsNoTracking().Include(x => x.Candidates).FirstOrDefaultAsync(x => x.Id == request.MotionId, cancellationToken)
                ?? throw new NotFoundException("Motion", request.MotionId);
        var eligible = await db.Meetings.Where(x => x.Id == m.MeetingId).SelectMany(x => x.Eligible).CountAsync(cancellationToken);
        var casts = await (from b in db.BallotsCast.AsNoTracking()
                           where b.MotionId == m.Id
                           join c in db.Cooperatives on b.CooperativeId equals c.Id
                           select new { b, c.LegalName, c.TradeName }).ToListAsync(cancellationToken);
        var closed = m.State == MotionState.Closed;
        var candidateNames = m.Candidates.ToDictionary(c => c.Id, c => c.Name);
        var coopNames = casts.Select(x => string.IsNullOrWhiteSpace(x.TradeName) ? x.LegalName : x.TradeName!).Order().ToList();
        var votes = closed && !m.Secret
            ? casts.Select(x => new OpenVoteDto(x.b.CooperativeId, string.IsNullOrWhiteSpace(x.TradeName) ? x.LegalName : x.TradeName!, x.b.Choice,
                    BallotContent.ParseCandidates(x.b.CandidateIds).Select(id => candidateNames.GetValueOrDefault(id, "?")).ToList()))
                .OrderBy(v => v.CoopName).ToList()
            : [];
        return new MotionResultDto(m.Id, m.Title, m.Kind, m.Threshold, m.Secret, m.State, eligible, casts.Count,
            closed ? m.VotesFor : null, closed ? m.VotesAgainst : null, closed ? m.Abstentions : null, m.Passed, m.Tie, m.ResultSummary,
            ListMotionsHandler.Candidates(m), votes, closed ? coopNames : []);
    }
}

/// <summary>The board: who holds each seat and for which term; current terms first.</summary>
[AnySignedInUser]
public sealed record GetBoard : IRequest<IReadOnlyList<BoardSeatDto>>;

public sealed class GetBoardHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetBoard, IReadOnlyList<BoardSeatDto>>
{
    public async Task<IReadOnlyList<BoardSeatDto>> Handle(GetBoard request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var seats = await (from s in db.BoardSeats.AsNoTracking()
                           join c in db.Cooperatives on s.CooperativeId equals c.Id into cs
                           from c in cs.DefaultIfEmpty()
                           select new { s, CoopName = c == null ? null : c.TradeName ?? c.LegalName }).ToListAsync(cancellationToken);
        return seats.Select(x => new BoardSeatDto(x.s.Id, x.s.Name, x.s.HolderName, x.s.CooperativeId, x.CoopName, x.s.TermStart, x.s.TermEnd, x.s.IsCurrent(today)))
            .OrderByDescending(s => s.Current).ThenBy(s => s.TermEnd).ThenBy(s => s.HolderName).ToList();
    }
}
