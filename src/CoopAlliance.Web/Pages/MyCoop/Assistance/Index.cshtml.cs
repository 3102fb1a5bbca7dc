using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Domain.Assistance;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyCoop.Assistance;

/// <summary>"Our requests": the rep's co-op's assistance requests and its hours bank.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public AssistanceStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Open { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<AssistanceListItem> Requests { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public HoursBalance Balance { get; private set; } = null!;
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null || Open;

    public async Task<IActionResult> OnGetAsync()
    {
        if (RepCoop.IdOf(User) is null)
        {
            return NotFound();
        }

        Requests = await Mediator.Send(new ListAssistanceRequests
        {
            Q = Q,
            Status = Status,
            OpenOnly = Open,
            Page = Math.Max(1, PageNumber),
        }, HttpContext.RequestAborted);
        Balance = await Mediator.Send(new GetHoursBalance(), HttpContext.RequestAborted);
        return Page();
    }

    public string ListUrl(int page) => Url.Page("/MyCoop/Assistance/Index", new
    {
        q = string.IsNullOrWhiteSpace(Q) ? null : Q,
        status = Status,
        open = Open ? true : (bool?)null,
        pageNumber = page == 1 ? (int?)null : page,
    })!;
}
