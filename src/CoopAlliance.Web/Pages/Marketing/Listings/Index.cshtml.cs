using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Domain.Marketing;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Marketing.Listings;

/// <summary>Staff's listings: waiting for review first (oldest first), filters, paging and CSV.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ListingStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<ListingSummary> Listings { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null;

    public async Task OnGetAsync() =>
        Listings = await Mediator.Send(new ListListings(null, Status, Q, Math.Max(1, PageNumber), Paging.DefaultPageSize), HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await Mediator.Send(new ExportListings(null, Status, Q), HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", "listings.csv");
    }

    public string ListUrl(int page, string? handler = null) => Url.Page("/Marketing/Listings/Index", handler, new
    {
        q = string.IsNullOrWhiteSpace(Q) ? null : Q,
        status = Status,
        pageNumber = page == 1 ? (int?)null : page,
    })!;
}
