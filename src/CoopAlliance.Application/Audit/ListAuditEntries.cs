using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Audit;

public sealed record AuditEntryDto(int Id, DateTimeOffset At, string UserName, string Command, string EntityType,
    string EntityId, int? CooperativeId, string Action, string Changes);

/// <summary>Who changed what and when: for one co-op, or everything.</summary>
[Authorize(Roles.Staff)]
public sealed record ListAuditEntries(int? CooperativeId, int Page = 1, int PageSize = 50) : IRequest<PagedList<AuditEntryDto>>;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

public sealed class ListAuditEntriesHandler(IAppDbContext db) : IRequestHandler<ListAuditEntries, PagedList<AuditEntryDto>>
{
    public Task<PagedList<AuditEntryDto>> Handle(ListAuditEntries request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (request.CooperativeId is { } coopId)
        {
            entries = entries.Where(e => e.CooperativeId == coopId);
        }

        return PagedList<AuditEntryDto>.CreateAsync(
            entries.OrderByDescending(e => e.Id)
                .Select(e => new AuditEntryDto(e.Id, e.At, e.UserName, e.Command, e.EntityType, e.EntityId, e.CooperativeId, e.Action, e.Changes)),
            request.Page, request.PageSize, cancellationToken);
    }
}
