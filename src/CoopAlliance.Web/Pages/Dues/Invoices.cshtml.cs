using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Dues;

public sealed class InvoicesModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public InvoiceStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public int? CoopId { get; set; }
    [BindProperty(SupportsGet = true)] public InvoiceSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Desc { get; set; }
    [BindProperty(SupportsGet = true)] public bool PastGrace { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<InvoiceListItem> Invoices { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null || !string.IsNullOrWhiteSpace(Period) || CoopId is not null || PastGrace;

    public async Task OnGetAsync() =>
        Invoices = await Mediator.Send(Filter() with { Page = Math.Max(1, PageNumber) }, HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await Mediator.Send(new ExportInvoices(Filter()), HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", "invoices.csv");
    }

    /// <summary>Every statement of the chosen billing period, one PDF per invoice, in one ZIP.</summary>
    public async Task<IActionResult> OnGetStatementsAsync()
    {
        if (BillingPeriod.TryParse(Period, out var period))
        {
            try
            {
                var archive = await Mediator.Send(new ExportStatements(period.Key), HttpContext.RequestAborted);
                return File(archive.Content, "application/zip", archive.FileName); // the result disposes the stream (and its temporary file)
            }
            catch (Domain.Common.DomainRuleException ex)
            {
                Flash(ex.Message);
            }
        }
        else
        {
            Flash("Choose a billing period (e.g. 2027-01) to download its statements.");
        }

        return Redirect(ListUrl());
    }

    /// <summary>The billing period the list is filtered to, when it is one (the statements link needs it).</summary>
    public BillingPeriod? StatementsPeriod => BillingPeriod.TryParse(Period, out var p) ? p : null;

    private ListInvoices Filter() => new(Status, Period, CoopId, Q, Sort: Sort, Descending: Desc, PastGrace: PastGrace);

    /// <summary>The direction the list is sorted in now (each column has its own when none was chosen).</summary>
    public bool Descending => Desc ?? InvoiceLists.DescendingByDefault(Sort);

    /// <summary>A column header's link: the same column again flips the direction, another starts in its own.</summary>
    public string SortUrl(InvoiceSort column) =>
        ListUrl(sort: column, desc: Sort == column ? !Descending : InvoiceLists.DescendingByDefault(column));

    public (string Label, SortKind Kind) SortShown => Sort switch
    {
        InvoiceSort.Coop => ("Co-op", SortKind.Text),
        InvoiceSort.Period => ("Period", SortKind.Date),
        InvoiceSort.Due => ("Due", SortKind.Date),
        InvoiceSort.Total => ("Total", SortKind.Number),
        InvoiceSort.Outstanding => ("Outstanding", SortKind.Number),
        InvoiceSort.DaysOverdue => ("Days overdue", SortKind.Number),
        _ => ("Issued", SortKind.Date),
    };

    public string? AriaSort(InvoiceSort column) => Sort != column ? null : Descending ? "descending" : "ascending";

    public string ListUrl(int? page = null, string? handler = null, InvoiceSort? sort = null, bool? desc = null) =>
        Url.Page("/Dues/Invoices", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            status = Status,
            period = string.IsNullOrWhiteSpace(Period) ? null : Period,
            coopId = CoopId,
            pastGrace = PastGrace ? "true" : null,
            sort = (sort ?? Sort) == InvoiceSort.Issued ? (InvoiceSort?)null : sort ?? Sort,
            desc = (sort is { } chosen ? (desc == InvoiceLists.DescendingByDefault(chosen) ? null : desc) : Desc) switch
            {
                true => "true",
                false => "false",
                null => null,
            },
            pageNumber = page is null or 1 ? null : page,
        })!;
}
