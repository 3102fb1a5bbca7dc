using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Marketing.Stories;
using CoopAlliance.Domain.Marketing;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Marketing;

/// <summary>The stories people sent, waiting ones first: staff open one to edit, approve, reject, feature or unpublish it.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class StoriesModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public StoryStatus? Status { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<StorySummary> Stories { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null;

    public async Task OnGetAsync() =>
        Stories = await Mediator.Send(new ListStories(Status, Q, Math.Max(1, PageNumber)), HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await Mediator.Send(new ExportStories(Status, Q), HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", $"stories-{clock.Today:yyyy-MM-dd}.csv");
    }

    public DateOnly Day(DateTimeOffset at) => clock.DateOf(at);

    private object RouteValues(int? page = null) => new
    {
        q = string.IsNullOrWhiteSpace(Q) ? null : Q,
        status = Status,
        pageNumber = page is null or 1 ? null : page,
    };

    public string ListUrl(int? page = null) => Url.Page("/Marketing/Stories", null, RouteValues(page ?? PageNumber))!;

    public string ExportUrl() => Url.Page("/Marketing/Stories", "Export", RouteValues())!;

    public static string BadgeClass(StoryStatus status) => status switch
    {
        StoryStatus.Pending => "text-bg-warning",
        StoryStatus.Published => "text-bg-success",
        StoryStatus.Rejected => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
