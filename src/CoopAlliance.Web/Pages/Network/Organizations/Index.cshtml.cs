using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Network;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Network.Organizations;

/// <summary>Staff: the directory of allied organisations (search, kind and region filters, paging, CSV).</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public OrganizationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Region? Region { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<OrganizationSummary> Organizations { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Kind is not null || Region is not null;

    public PagerModel Pager => new(Organizations.Page, Organizations.PageCount, Organizations.Total,
        p => Url.Page("/Network/Organizations/Index", new { Q, Kind, Region, p })!);

    private string? Term => Q?.Trim() is { Length: > 0 and <= 200 } q ? q : null;

    public async Task OnGetAsync() =>
        Organizations = await Mediator.Send(new ListOrganizations(Term, Kind, Region, Math.Max(1, PageNumber)), HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var file = await Mediator.Send(new ExportOrganizations(Term, Kind, Region), HttpContext.RequestAborted);
        return File(file.Content, "text/csv", file.FileName);
    }
}
