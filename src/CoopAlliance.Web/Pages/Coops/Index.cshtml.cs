using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Coops;

public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public MembershipStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Region? Region { get; set; }
    [BindProperty(SupportsGet = true)] public CoopKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public CoopSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<CoopListItem> Coops { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public IReadOnlyList<string> Sectors { get; private set; } = [];
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null || Region is not null || Kind is not null || !string.IsNullOrWhiteSpace(Sector);

    public async Task OnGetAsync()
    {
        Coops = await Mediator.Send(Filter() with { Page = Math.Max(1, PageNumber) }, HttpContext.RequestAborted);
        Sectors = await Mediator.Send(new ListSectors(AllCoops: true), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await Mediator.Send(new ExportCoops(Filter()), HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", "coops.csv");
    }

    private ListCoops Filter() => new()
    {
        Q = Q,
        Status = Status,
        Region = Region,
        Kind = Kind,
        Sector = Sector,
        Sort = Sort,
        Descending = Desc,
    };

    /// <summary>This list's address with the same filters, changing only what is given.</summary>
    public string ListUrl(int? page = null, CoopSort? sort = null, bool? desc = null, string? handler = null) =>
        Url.Page("/Coops/Index", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            status = Status,
            region = Region,
            kind = Kind,
            sector = string.IsNullOrWhiteSpace(Sector) ? null : Sector,
            sort = (sort ?? Sort) == CoopSort.Name ? (CoopSort?)null : sort ?? Sort,
            desc = (desc ?? Desc) ? true : (bool?)null,
            pageNumber = page is null or 1 ? null : page,
        })!;

    /// <summary>Clicking a column header sorts by it; clicking it again reverses the order.</summary>
    public string SortUrl(CoopSort column) => ListUrl(sort: column, desc: Sort == column && !Desc);

    public (string Label, SortKind Kind) SortShown => Sort switch
    {
        CoopSort.Status => ("Status", SortKind.Stage),
        CoopSort.Town => ("Town", SortKind.Text),
        CoopSort.Region => ("Region", SortKind.Text),
        CoopSort.WorkerOwners => ("Worker-owners", SortKind.Number),
        CoopSort.MemberSince => ("Member since", SortKind.Date),
        _ => ("Name", SortKind.Text),
    };

    public string? AriaSort(CoopSort column) => Sort != column ? null : Desc ? "descending" : "ascending";
}
