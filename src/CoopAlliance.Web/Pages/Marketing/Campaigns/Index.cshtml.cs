using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Domain.Marketing;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Marketing.Campaigns;

/// <summary>Staff: joint campaigns, newest first, filtered by status, and the form that creates one.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public CampaignInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public CampaignStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<CampaignSummary> Campaigns { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public PagerModel Pager => new(Campaigns.Page, Campaigns.PageCount, Campaigns.Total, p => Url.Page("/Marketing/Campaigns/Index", new { Status, p })!);

    public async Task OnGetAsync() =>
        Campaigns = await Mediator.Send(new ListCampaigns(Status, Math.Max(1, PageNumber)), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, id) = await TrySendAsync(Input.ToCreate());
        if (ok)
        {
            Flash($"Campaign “{Input.Name?.Trim()}” created; co-ops can join it now.");
            return RedirectToPage("/Marketing/Campaigns/Details", new { id });
        }

        await OnGetAsync();
        return Page();
    }
}
