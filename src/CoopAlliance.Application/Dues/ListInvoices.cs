using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

public sealed record InvoiceListItem(int Id, int CoopId, string CoopName, string PeriodKey, string PeriodName, DateOnly IssuedOn, DateOnly DueOn,
    decimal Total, decimal Outstanding, InvoiceStatus Status, int DaysOverdue);

/// <summary>What the invoices can be sorted by (the list's column headers).</summary>
public enum InvoiceSort
{
    Issued = 0,
    Coop = 1,
    Period = 2,
    Due = 3,
    Total = 4,
    Outstanding = 5,
    DaysOverdue = 6,
}

/// <summary>
/// Every invoice (staff), latest first unless sorted otherwise, filtered by status, billing period, co-op or part of the
/// co-op's name (any case). Status is derived from each co-op's ledger, as everywhere else, so a filter or sort by
/// status never disagrees with it. Without a direction, dates, amounts and days overdue sort largest first (what a
/// treasurer chasing arrears wants), names and periods A–Z. PastGrace keeps the invoices overdue beyond the grace
/// period (those that lapse a co-op; the staff home counts them).
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ListInvoices(InvoiceStatus? Status = null, string? Period = null, int? CoopId = null, string? Q = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize, InvoiceSort Sort = InvoiceSort.Issued, bool? Descending = null, bool PastGrace = false)
    : IRequest<PagedList<InvoiceListItem>>;

public sealed class ListInvoicesValidator : AbstractValidator<ListInvoices>
{
    public ListInvoicesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Sort).IsInEnum();
    }
}

public sealed class ListInvoicesHandler(IAppDbContext db, AllianceClock clock, IOptions<DuesOptions> options)
    : IRequestHandler<ListInvoices, PagedList<InvoiceListItem>>
{
    public async Task<PagedList<InvoiceListItem>> Handle(ListInvoices request, CancellationToken cancellationToken)
    {
        var all = await InvoiceLists.FindAsync(db, request, clock.Today, options.Value.GraceDays, cancellationToken);
        return new PagedList<InvoiceListItem>(all.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList(), all.Count, request.Page,
            request.PageSize);
    }
}

/// <summary>The same invoices as CSV, every page.</summary>
[Authorize(Roles.Staff)]
public sealed record ExportInvoices(ListInvoices Filter) : IRequest<string>;

public sealed class ExportInvoicesHandler(IAppDbContext db, AllianceClock clock, IOptions<DuesOptions> options) : IRequestHandler<ExportInvoices, string>
{
    public async Task<string> Handle(ExportInvoices request, CancellationToken cancellationToken)
    {
        var csv = new CsvBuilder().Row("Invoice", "Co-op", "Co-op id", "Period", "Issued", "Due", "Total", "Outstanding", "Status", "Days overdue");
        foreach (var i in await InvoiceLists.FindAsync(db, request.Filter, clock.Today, options.Value.GraceDays, cancellationToken))
        {
            csv.Row(i.Id, i.CoopName, i.CoopId, i.PeriodKey, i.IssuedOn, i.DueOn, i.Total, i.Outstanding, InvoiceLists.Words(i.Status), i.DaysOverdue);
        }

        return csv.ToString();
    }
}

public static class InvoiceLists
{
    public static string Words(InvoiceStatus status) => status switch
    {
        InvoiceStatus.PartiallyPaid => "Partially paid",
        _ => status.ToString(),
    };

    /// <summary>How many invoices are overdue beyond the grace period today (only co-ops with one that old are read).</summary>
    public static async Task<int> CountPastGraceAsync(IAppDbContext db, DateOnly today, int graceDays, CancellationToken ct) =>
        (await FindAsync(db, new ListInvoices(PastGrace: true), today, graceDays, ct)).Count;

    /// <summary>The direction a column sorts in when none is asked for.</summary>
    public static bool DescendingByDefault(InvoiceSort sort) => sort is not (InvoiceSort.Coop or InvoiceSort.Period);

    public static async Task<List<InvoiceListItem>> FindAsync(IAppDbContext db, ListInvoices f, DateOnly today, int graceDays, CancellationToken ct)
    {
        var lateDue = today.AddDays(-graceDays - 1); // due on or before this day and unpaid: overdue beyond the grace period
        var period = f.Period?.Trim().ToUpperInvariant();
        var q = f.Q?.Trim().ToLower();
        var rows = await db.Invoices.AsNoTracking()
            .Where(i => string.IsNullOrEmpty(period) || i.PeriodKey == period)
            .Where(i => f.CoopId == null || i.CooperativeId == f.CoopId)
            .Where(i => !f.PastGrace || (i.DueOn <= lateDue && i.VoidedOn == null))
            .Join(db.Cooperatives.AsNoTracking(), i => i.CooperativeId, c => c.Id, (i, c) => new { i.Id, i.CooperativeId, c.LegalName, c.TradeName, i.PeriodKey })
            .Where(x => string.IsNullOrEmpty(q) || x.LegalName.ToLower().Contains(q) || (x.TradeName != null && x.TradeName.ToLower().Contains(q)))
            .ToListAsync(ct);
        var accounts = await DuesLedger.LoadAccountsAsync(db, rows.Select(r => r.CooperativeId).Distinct().ToList(), today, ct);
        var wanted = rows.ToDictionary(r => r.Id);
        var found = accounts.SelectMany(a => a.Value.Invoices.Where(s => wanted.ContainsKey(s.Invoice.Id)).Select(s =>
            {
                var r = wanted[s.Invoice.Id];
                return new InvoiceListItem(s.Invoice.Id, a.Key, string.IsNullOrWhiteSpace(r.TradeName) ? r.LegalName : r.TradeName, s.Invoice.PeriodKey,
                    Invoice.PeriodOf(s.Invoice.PeriodKey, s.Invoice.IssuedOn).Describe(), s.Invoice.IssuedOn, s.Invoice.DueOn, s.Invoice.Total, s.Outstanding, s.Status, s.DaysOverdue);
            }))
            .Where(i => f.Status == null || i.Status == f.Status)
            .Where(i => !f.PastGrace || i.DaysOverdue > graceDays);
        return Sort(found, f.Sort, f.Descending ?? DescendingByDefault(f.Sort))
            .ThenBy(i => i.CoopName, StringComparer.OrdinalIgnoreCase).ThenByDescending(i => i.Id)
            .ToList();
    }

    private static IOrderedEnumerable<InvoiceListItem> Sort(IEnumerable<InvoiceListItem> items, InvoiceSort sort, bool descending)
    {
        return sort switch
        {
            InvoiceSort.Coop => By(i => i.CoopName, StringComparer.OrdinalIgnoreCase),
            InvoiceSort.Period => By(i => Invoice.PeriodOf(i.PeriodKey, i.IssuedOn).Start),
            InvoiceSort.Due => By(i => i.DueOn),
            InvoiceSort.Total => By(i => i.Total),
            InvoiceSort.Outstanding => By(i => i.Outstanding),
            InvoiceSort.DaysOverdue => By(i => i.DaysOverdue),
            _ => By(i => i.IssuedOn),
        };

        IOrderedEnumerable<InvoiceListItem> By<TKey>(Func<InvoiceListItem, TKey> key, IComparer<TKey>? comparer = null) =>
            descending ? items.OrderByDescending(key, comparer) : items.OrderBy(key, comparer);
    }
}
