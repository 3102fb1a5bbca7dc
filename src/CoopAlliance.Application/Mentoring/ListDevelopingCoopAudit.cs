using CoopAlliance.Application.Audit;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>
/// Who changed what on one developing co-op, newest first: its record and reps, its checklist, its matches and its
/// sessions (staff). A developing co-op is not yet a member, so the per-co-op audit trail does not hold it. Needs are
/// owned rows the audit trail leaves out; their changes are on the co-op's timeline.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ListDevelopingCoopAudit(int DevelopingCoopId, int Page = 1, int PageSize = 20) : IRequest<PagedList<AuditEntryDto>>;

public sealed class ListDevelopingCoopAuditValidator : AbstractValidator<ListDevelopingCoopAudit>
{
    public ListDevelopingCoopAuditValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

public sealed class ListDevelopingCoopAuditHandler(IAppDbContext db, MentoringAccess access) : IRequestHandler<ListDevelopingCoopAudit, PagedList<AuditEntryDto>>
{
    public async Task<PagedList<AuditEntryDto>> Handle(ListDevelopingCoopAudit request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopAsync(request.DevelopingCoopId, cancellationToken);
        var id = coop.Id.ToString();
        var milestones = await db.DevelopingCoops.Where(c => c.Id == coop.Id).SelectMany(c => c.Milestones).Select(m => m.Id.ToString())
            .ToListAsync(cancellationToken);
        var matches = await db.MentorMatches.Where(m => m.DevelopingCoopId == coop.Id).Select(m => m.Id.ToString()).ToListAsync(cancellationToken);
        var sessions = await db.MentoringSessions.Where(s => s.DevelopingCoopId == coop.Id).Select(s => s.Id.ToString()).ToListAsync(cancellationToken);

        var entries = db.AuditEntries.AsNoTracking().Where(e =>
            (e.EntityType == nameof(DevelopingCoop) && e.EntityId == id)
            || (e.EntityType == nameof(DevelopmentMilestone) && milestones.Contains(e.EntityId))
            || (e.EntityType == nameof(MentorMatch) && matches.Contains(e.EntityId))
            || (e.EntityType == nameof(MentoringSession) && sessions.Contains(e.EntityId)));
        return await PagedList<AuditEntryDto>.CreateAsync(
            entries.OrderByDescending(e => e.Id)
                .Select(e => new AuditEntryDto(e.Id, e.At, e.UserName, e.Command, e.EntityType, e.EntityId, e.CooperativeId, e.Action, e.Changes)),
            request.Page, request.PageSize, cancellationToken);
    }
}
