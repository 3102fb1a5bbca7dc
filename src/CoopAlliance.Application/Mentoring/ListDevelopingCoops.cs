using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>How the pipeline list is ordered: by stage then name (the board's order), or by one column.</summary>
public enum DevelopingCoopSort
{
    Stage,
    Name,
    Region,
    StageSince,
    LastSession,
}

/// <summary>Developing co-ops (not graduated) whose latest match was declined by the mentor or expired unanswered: staff must find another mentor.</summary>
public static class NeedingNewMatch
{
    public static IQueryable<DevelopingCoop> Filter(IQueryable<DevelopingCoop> coops, IAppDbContext db) =>
        coops.Where(c => c.GraduatedCooperativeId == null
                         && db.MentorMatches.Any(m => m.DevelopingCoopId == c.Id && (m.Status == MatchStatus.Declined || m.Status == MatchStatus.Expired)
                                                      && !db.MentorMatches.Any(n => n.DevelopingCoopId == c.Id && n.Id > m.Id)));
}

/// <summary>
/// The pipeline: developing co-ops with their stage, mentor and last session. Staff see all (graduated ones on
/// request); a mentor sees the co-ops offered to them or that they mentor; a rep sees their own.
/// </summary>
[AnySignedInUser]
public sealed record ListDevelopingCoops : IRequest<PagedList<DevelopingCoopListItem>>
{
    public string? Q { get; init; }
    public DevelopmentStage? Stage { get; init; }
    public Region? Region { get; init; }
    public bool IncludeGraduated { get; init; }
    /// <summary>Only the co-ops whose latest offer was declined or expired: they wait for staff to find another mentor.</summary>
    public bool NeedsNewMatch { get; init; }
    public DevelopingCoopSort Sort { get; init; }
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Paging.DefaultPageSize;
}

public sealed class ListDevelopingCoopsValidator : AbstractValidator<ListDevelopingCoops>
{
    public ListDevelopingCoopsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Sort).IsInEnum();
    }
}

public sealed class ListDevelopingCoopsHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user)
    : IRequestHandler<ListDevelopingCoops, PagedList<DevelopingCoopListItem>>
{
    public async Task<PagedList<DevelopingCoopListItem>> Handle(ListDevelopingCoops request, CancellationToken cancellationToken)
    {
        var coops = access.VisibleCoops(db.DevelopingCoops).AsNoTracking();
        if (!request.IncludeGraduated) coops = coops.Where(c => c.GraduatedCooperativeId == null);
        if (request.Stage is { } stage) coops = coops.Where(c => c.Stage == stage);
        if (request.Region is { } region) coops = coops.Where(c => c.Region == region);
        if (request.NeedsNewMatch) coops = NeedingNewMatch.Filter(coops, db);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            coops = coops.Where(c => c.Name.ToLower().Contains(q) || (c.Town != null && c.Town.ToLower().Contains(q))
                                     || (c.Sector != null && c.Sector.ToLower().Contains(q)));
        }

        // The mentor column: the open match, shown to a rep only once active; a mentor sees only their own.
        var isStaff = access.IsStaff;
        var uid = user.Id ?? -1;
        var matches = db.MentorMatches.Where(m => m.Status == MatchStatus.Offered || m.Status == MatchStatus.Active || m.Status == MatchStatus.Proposed);
        var d = request.Descending;
        var ordered = request.Sort switch
        {
            DevelopingCoopSort.Name => d ? coops.OrderByDescending(c => c.Name) : coops.OrderBy(c => c.Name),
            DevelopingCoopSort.Region => (d ? coops.OrderByDescending(c => c.Region) : coops.OrderBy(c => c.Region)).ThenBy(c => c.Name),
            DevelopingCoopSort.StageSince => d ? coops.OrderByDescending(c => c.StageChangedAt) : coops.OrderBy(c => c.StageChangedAt),
            DevelopingCoopSort.LastSession => d
                ? coops.OrderByDescending(c => db.MentoringSessions.Where(s => s.DevelopingCoopId == c.Id).Max(s => (DateOnly?)s.HeldOn)).ThenBy(c => c.Name)
                : coops.OrderBy(c => db.MentoringSessions.Where(s => s.DevelopingCoopId == c.Id).Max(s => (DateOnly?)s.HeldOn)).ThenBy(c => c.Name),
            _ => (d ? coops.OrderByDescending(c => c.Stage) : coops.OrderBy(c => c.Stage)).ThenBy(c => c.Name),
        };
        var rows = ordered.ThenBy(c => c.Id).Select(c => new
        {
            Coop = c,
            Match = matches.Where(m => m.DevelopingCoopId == c.Id
                                       && (isStaff || m.Status == MatchStatus.Active || db.Mentors.Any(x => x.Id == m.MentorId && x.UserId == uid)))
                .Select(m => new { m.Status, Mentor = db.Mentors.Where(x => x.Id == m.MentorId).Select(x => x.FullName).FirstOrDefault() })
                .FirstOrDefault(),
            LastSession = db.MentoringSessions.Where(s => s.DevelopingCoopId == c.Id).Max(s => (DateOnly?)s.HeldOn),
        });

        var total = await coops.CountAsync(cancellationToken);
        var page = await rows.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        var items = page.Select(r => new DevelopingCoopListItem
        {
            Id = r.Coop.Id,
            Name = r.Coop.Name,
            Kind = r.Coop.Kind,
            Sector = r.Coop.Sector,
            Region = r.Coop.Region,
            Town = r.Coop.Town,
            Stage = r.Coop.Stage,
            StageChangedAt = r.Coop.StageChangedAt,
            GraduatedCooperativeId = r.Coop.GraduatedCooperativeId,
            MentorName = r.Match?.Mentor,
            MatchStatus = r.Match?.Status,
            LastSessionOn = r.LastSession,
        }).ToList();
        return new PagedList<DevelopingCoopListItem>(items, total, request.Page, request.PageSize);
    }
}
