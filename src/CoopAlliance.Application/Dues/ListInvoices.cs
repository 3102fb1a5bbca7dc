using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

public sealed record InvoiceListItem(int Id, int CoopId, string CoopName, string PeriodKey, string PeriodName, DateOnly IssuedOn, DateOnly DueOn,
    decimal Total, decimal Outstanding, InvoiceStatus Status, int DaysOverdue);

/// <summary>
/// Every invoice (staff), latest first, filtered by status, billing period, co-op or a word of the co-op's name.
/// Status is derived from each co-op's ledger, as everywhere else, so a filter by status never disagrees with it.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ListInvoices(InvoiceStatus? Status = null, string? Period = null, int? CoopId = null, string? Q = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<InvoiceListItem>>;

public sealed class ListInvoicesValidator : AbstractValidator<ListInvoices>
{
    public ListInvoicesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

public sealed class ListInvoicesHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<ListInvoices, PagedList<InvoiceListItem>>
{
    public async Task<PagedList<InvoiceListItem>> Handle(ListInvoices request, CancellationToken cancellationToken)
    {
        var all = await InvoiceLists.FindAsync(db, request, DuesLedger.Today(clock), cancellationToken);
        return new PagedList<InvoiceListItem>(all.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList(), all.Count, request.Page,
            request.PageSize);
    }
}

/// <summary>The same invoices as CSV, every page.</summary>
[Authorize(Roles.Staff)]
public sealed record ExportInvoices(ListInvoices Filter) : IRequest<string>;

public sealed class ExportInvoicesHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<ExportInvoices, string>
{
    public async Task<string> Handle(ExportInvoices request, CancellationToken cancellationToken)
    {
        var csv = new CsvBuilder().Row("Invoice", "Co-op", "Co-op id", "Period", "Issued", "Due", "Total", "Outstanding", "Status", "Days overdue");
        foreach (var i in await InvoiceLists.FindAsync(db, request.Filter, DuesLedger.Today(clock), cancellationToken))
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

    public static async Task<List<InvoiceListItem>> FindAsync(IAppDbContext db, ListInvoices f, DateOnly today, CancellationToken ct)
    {
        var period = f.Period?.Trim().ToUpperInvariant();
        var q = f.Q?.Trim();
        var rows = await db.Invoices.AsNoTracking()
            .Where(i => string.IsNullOrEmpty(period) || i.PeriodKey == period)
            .Where(i => f.CoopId == null || i.CooperativeId == f.CoopId)
            .Join(db.Cooperatives.AsNoTracking(), i => i.CooperativeId, c => c.Id, (i, c) => new { i.Id, i.CooperativeId, c.LegalName, c.TradeName, i.PeriodKey })
            .Where(x => string.IsNullOrEmpty(q) || x.LegalName.Contains(q) || (x.TradeName != null && x.TradeName.Contains(q)))
            .ToListAsync(ct);
        var accounts = await DuesLedger.LoadAccountsAsync(db, rows.Select(r => r.CooperativeId).Distinct().ToList(), today, ct);
        var wanted = rows.ToDictionary(r => r.Id);
        return accounts.SelectMany(a => a.Value.Invoices.Where(s => wanted.ContainsKey(s.Invoice.Id)).Select(s =>
            {
                var r = wanted[s.Invoice.Id];
                return new InvoiceListItem(s.Invoice.Id, a.Key, string.IsNullOrWhiteSpace(r.TradeName) ? r.LegalName : r.TradeName, s.Invoice.PeriodKey,
                    BillingPeriod.Parse(s.Invoice.PeriodKey).Describe(), s.Invoice.IssuedOn, s.Invoice.DueOn, s.Invoice.Total, s.Outstanding, s.Status, s.DaysOverdue);
            }))
            .Where(i => f.Status == null || i.Status == f.Status)
            .OrderByDescending(i => i.IssuedOn).ThenBy(i => i.CoopName, StringComparer.OrdinalIgnoreCase).ThenByDescending(i => i.Id)
            .ToList();
    }
}
