using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.PublicDirectory;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>The public directory of active member co-ops.</summary>
public sealed class DirectoryModel(IMediator mediator) : AppPageModel(mediator)
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Region? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<DirectoryEntry> Entries { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<string> Sectors { get; private set; } = [];
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Region is not null || !string.IsNullOrWhiteSpace(Sector);

    public async Task OnGetAsync()
    {
        Entries = await Mediator.Send(new ListDirectory(Q, Region, Math.Max(1, PageNumber), PageSize, Sector), HttpContext.RequestAborted);
        Sectors = await Mediator.Send(new ListSectors(), HttpContext.RequestAborted);
    }

    /// <summary>The co-ops listed with these filters, all pages, as CSV (the same public fields the page shows).</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await Mediator.Send(new ExportDirectory(Q, Region, Sector), HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", "coop-directory.csv");
    }

    public string ListUrl(int page, string? handler = null) => Url.Page("/Public/Directory", handler, new
    {
        q = string.IsNullOrWhiteSpace(Q) ? null : Q,
        region = Region,
        sector = string.IsNullOrWhiteSpace(Sector) ? null : Sector,
        pageNumber = page == 1 ? (int?)null : page,
    })!;
}
