using System.Text;
using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>Every worker's latest election for staff: filters, paging and a CSV without birth dates or taxpayer ids.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class ElectionsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ElectionListStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? PlanYearId { get; set; }
    [BindProperty(SupportsGet = true)] public int? CoopId { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<ElectionListItem> Elections { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public IReadOnlyList<(int Id, string Name)> Years { get; private set; } = [];
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null || PlanYearId is not null || CoopId is not null;

    public async Task OnGetAsync()
    {
        Elections = await Mediator.Send(Filter() with { Page = Math.Max(1, PageNumber) }, HttpContext.RequestAborted);
        Years = (await Mediator.Send(new ListPlans(), HttpContext.RequestAborted))
            .SelectMany(p => p.Years.Select(y => (y.Id, $"{p.Name} {y.StartsOn.Year}"))).OrderBy(y => y.Item2, StringComparer.Ordinal).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await Mediator.Send(new ExportElections(Filter()), HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", "elections.csv");
    }

    private ListElections Filter() => new(PlanYearId, CoopId, Status, Q);

    public string ListUrl(int? page = null, string? handler = null) =>
        Url.Page("/Benefits/Elections", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            status = Status,
            planYearId = PlanYearId,
            coopId = CoopId,
            pageNumber = page is null or 1 ? null : page,
        })!;
}
