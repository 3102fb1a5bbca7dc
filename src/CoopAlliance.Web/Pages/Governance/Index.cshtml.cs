using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Governance;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Governance;

/// <summary>The alliance's meetings (latest first, searchable, paged) and the board, for staff.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public const int PageSize = Paging.DefaultPageSize;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int AnyMeetings { get; private set; }
    public IReadOnlyList<BoardSeatDto> Board { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var all = await Mediator.Send(new ListMeetings(), ct);
        AnyMeetings = all.Count;
        var found = string.IsNullOrWhiteSpace(Q) ? all : all.Where(m => m.Title.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        Total = found.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Meetings = found.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Board = await Mediator.Send(new GetBoard(), ct);
    }

    public string ListUrl(int page) => Url.Page("/Governance/Index", new { q = string.IsNullOrWhiteSpace(Q) ? null : Q, pageNumber = page == 1 ? (int?)null : page })!;
}
