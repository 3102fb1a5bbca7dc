using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>Staff: the alliance's events (search, status filter, paging, CSV) and the form that creates one.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public EventInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public EventStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<EventSummary> Events { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public PagerModel Pager => new(Events.Page, Events.PageCount, Events.Total, p => Url.Page("/Events/Index", new { Status, Q, p })!);

    public async Task OnGetAsync() =>
        Events = await Mediator.Send(new ListEvents(Status, Q?.Trim() is { Length: > 0 and <= 200 } q ? q : null, Math.Max(1, PageNumber)), HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var file = await Mediator.Send(new ExportEvents(Status, Q?.Trim() is { Length: > 0 and <= 200 } q ? q : null), HttpContext.RequestAborted);
        return File(file.Content, "text/csv", file.FileName);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Days(ModelState) is { } days && ModelState.IsValid)
        {
            var (ok, id) = await TrySendAsync(Input.ToCreate(days));
            if (ok)
            {
                Flash($"Event “{Input.Title?.Trim()}” created. Add its themes, rooms, time slots and tickets, then publish it.");
                return RedirectToPage("/Events/Details", new { id });
            }
        }

        await OnGetAsync();
        return Page();
    }
}
