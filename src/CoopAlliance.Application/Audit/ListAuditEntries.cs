using System.Text.Json;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Audit;

public sealed record AuditEntryDto(int Id, DateTimeOffset At, string UserName, string Command, string EntityType,
    string EntityId, int? CooperativeId, string Action, string Changes);

/// <summary>Who changed what and when: for one co-op (with the invoices runs issued it), or everything.</summary>
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

public sealed class ListAuditEntriesHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<ListAuditEntries, PagedList<AuditEntryDto>>
{
    public async Task<PagedList<AuditEntryDto>> Handle(ListAuditEntries request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (request.CooperativeId is not { } coopId)
        {
            return await PagedList<AuditEntryDto>.CreateAsync(Dto(entries.OrderByDescending(e => e.Id)), request.Page, request.PageSize, cancellationToken);
        }

        // An invoice run writes its invoices in bulk, without the change tracker that makes audit rows, so the co-op's
        // trail lists them from the invoices themselves (a co-op has a dozen a year). Both sources are newest first;
        // the page is cut from their merge.
        entries = entries.Where(e => e.CooperativeId == coopId);
        var issued = await RunInvoicesAsync(coopId, cancellationToken);
        var total = await entries.CountAsync(cancellationToken) + issued.Count;
        var wanted = request.Page * request.PageSize;
        var recorded = await Dto(entries.OrderByDescending(e => e.Id).Take(wanted)).ToListAsync(cancellationToken);
        var page = recorded.Concat(issued)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        return new PagedList<AuditEntryDto>(page, total, request.Page, request.PageSize);
    }

    private static IQueryable<AuditEntryDto> Dto(IQueryable<Domain.Operations.AuditEntry> entries) =>
        entries.Select(e => new AuditEntryDto(e.Id, e.At, e.UserName, e.Command, e.EntityType, e.EntityId, e.CooperativeId, e.Action, e.Changes));

    /// <summary>The co-op's invoices issued by a run, as the audit trail would have recorded them (id 0: no audit row of their own).</summary>
    private async Task<List<AuditEntryDto>> RunInvoicesAsync(int coopId, CancellationToken ct)
    {
        var rows = await db.Invoices.AsNoTracking().Where(i => i.CooperativeId == coopId && i.RunId != null)
            .Join(db.InvoiceRuns.AsNoTracking(), i => i.RunId, r => r.Id, (i, r) => new
            {
                i.Id,
                i.PolicyId,
                i.PeriodKey,
                i.IssuedOn,
                i.DueOn,
                i.Total,
                RunId = r.Id,
                r.StartedBy,
                r.StartedAt,
            })
            .ToListAsync(ct);
        return rows.Select(i =>
        {
            // The run's start when it issued the invoice that day, else the day itself (a run resumed later).
            var at = clock.DateOf(i.StartedAt) == i.IssuedOn
                ? i.StartedAt
                : clock.StartOf(i.IssuedOn);
            var changes = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["CooperativeId"] = new { New = coopId },
                ["PolicyId"] = new { New = i.PolicyId },
                ["PeriodKey"] = new { New = i.PeriodKey },
                ["IssuedOn"] = new { New = i.IssuedOn },
                ["DueOn"] = new { New = i.DueOn },
                ["Total"] = new { New = i.Total },
                ["RunId"] = new { New = i.RunId },
            });
            return new AuditEntryDto(0, at, i.StartedBy, nameof(Dues.RunInvoices), nameof(Domain.Dues.Invoice), i.Id.ToString(), coopId, "Added", changes);
        }).ToList();
    }
}
