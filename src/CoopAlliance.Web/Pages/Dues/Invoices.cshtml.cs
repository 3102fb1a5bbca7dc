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
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<InvoiceListItem> Invoices { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null || !string.IsNullOrWhiteSpace(Period) || CoopId is not null;

    public async Task OnGetAsync() =>
        Invoices = await Mediator.Send(Filter() with { Page = Math.Max(1, PageNumber) }, HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await Mediator.Send(new ExportInvoices(Filter()), HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", "invoices.csv");
    }

    private ListInvoices Filter() => new(Status, Period, CoopId, Q);

    public string ListUrl(int? page = null, string? handler = null) =>
        Url.Page("/Dues/Invoices", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            status = Status,
            period = string.IsNullOrWhiteSpace(Period) ? null : Period,
            coopId = CoopId,
            pageNumber = page is null or 1 ? null : page,
        })!;
}
