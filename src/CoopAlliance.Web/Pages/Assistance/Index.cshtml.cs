using System.Text;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Domain.Assistance;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Assistance;

/// <summary>The staff queue of assistance requests: search, filters, sortable columns, paging and CSV export.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public AssistanceStatus? Status { get; set; }
    /// <summary>"Open requests only". Unset (no query), the queue opens on open requests unless a status is chosen;
    /// the form always sends it (a hidden "false" after the checkbox), so unticking it shows every request.</summary>
    [BindProperty(SupportsGet = true)] public bool? Open { get; set; }
    [BindProperty(SupportsGet = true)] public AssistanceCategory? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Priority? Priority { get; set; }
    [BindProperty(SupportsGet = true)] public int? ProviderId { get; set; }
    [BindProperty(SupportsGet = true)] public int? CoopId { get; set; }
    /// <summary>"due": resolution due soon or overdue; "hours": waiting for an hours approval.</summary>
    [BindProperty(SupportsGet = true)] public string? Sla { get; set; }
    [BindProperty(SupportsGet = true)] public AssistanceSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Asc { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<AssistanceListItem> Requests { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public IReadOnlyList<SelectListItem> Providers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Coops { get; private set; } = [];

    public bool OpenOnly => Open ?? Status is null;

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null || Open == false || Category is not null || Priority is not null
                            || ProviderId is not null || CoopId is not null || !string.IsNullOrWhiteSpace(Sla);

    public async Task OnGetAsync()
    {
        Requests = await Mediator.Send(Filter() with { Page = Math.Max(1, PageNumber) }, HttpContext.RequestAborted);
        Providers = (await Mediator.Send(new ListProviders(), HttpContext.RequestAborted))
            .Select(p => new SelectListItem(p.IsActive ? p.Name : $"{p.Name} (inactive)", p.Id.ToString(), p.Id == ProviderId)).ToList();
        Coops = (await Mediator.Send(new ListCoops { PageSize = Paging.MaxPageSize }, HttpContext.RequestAborted)).Items
            .Select(c => new SelectListItem(c.TradeName ?? c.LegalName, c.Id.ToString(), c.Id == CoopId)).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await Mediator.Send(new ExportAssistanceRequests(Filter()), HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", "assistance-requests.csv");
    }

    private ListAssistanceRequests Filter() => new()
    {
        Q = Q,
        Status = Status,
        OpenOnly = OpenOnly,
        Category = Category,
        Priority = Priority,
        ProviderId = ProviderId,
        CoopId = CoopId,
        DueSoonOrOverdue = Sla == "due",
        NeedsHoursApproval = Sla == "hours",
        Sort = Sort,
        Descending = !Asc,
    };

    public string ListUrl(int? page = null, AssistanceSort? sort = null, bool? asc = null, string? handler = null) =>
        Url.Page("/Assistance/Index", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            status = Status,
            open = Open,
            category = Category,
            priority = Priority,
            providerId = ProviderId,
            coopId = CoopId,
            sla = string.IsNullOrWhiteSpace(Sla) ? null : Sla,
            sort = (sort ?? Sort) == AssistanceSort.Submitted ? (AssistanceSort?)null : sort ?? Sort,
            asc = (asc ?? Asc) ? true : (bool?)null,
            pageNumber = page is null or 1 ? null : page,
        })!;

    public string SortUrl(AssistanceSort column) => ListUrl(sort: column, asc: Sort == column && !Asc);

    public string SortLabel => Sort switch
    {
        AssistanceSort.ResolutionDue => "Resolution due",
        AssistanceSort.Priority => "Priority",
        AssistanceSort.Status => "Status",
        AssistanceSort.Coop => "Co-op",
        _ => "Sent",
    };

    public SortKind SortKind => Sort switch
    {
        AssistanceSort.Priority => SortKind.Rank,
        AssistanceSort.Status => SortKind.Stage,
        AssistanceSort.Coop => SortKind.Text,
        _ => SortKind.Date,
    };
}
