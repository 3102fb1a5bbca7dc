using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyCoop;

/// <summary>
/// "Joint campaigns" for a rep: what the co-op can join before each deadline, with the share it would pay; join or leave
/// after a confirmation that names the estimated share; once charged, the share and its statement on the dues page.
/// </summary>
public sealed class CampaignsModel(IMediator mediator) : AppPageModel(mediator)
{
    public IReadOnlyList<CoopCampaign> Campaigns { get; private set; } = [];
    public ConfirmDecisionModel? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? join, int? leave)
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        Campaigns = await Mediator.Send(new ListOpenCampaignsForCoop(coopId), HttpContext.RequestAborted);
        if (Campaigns.FirstOrDefault(c => c.Id == (join ?? leave) && c.CanChange) is { } c)
        {
            var joining = join is not null && !c.Joined;
            if (joining || (leave is not null && c.Joined))
            {
                Confirm = new ConfirmDecisionModel(joining ? $"Join {c.Name}?" : $"Leave {c.Name}?",
                    joining
                        ? [$"Your co-op's share is estimated at {Money.Format(c.EstimatedShare)} ({c.Sharing.Describe().ToLowerInvariant()}, with the co-ops that joined so far).",
                            $"The share is fixed and billed on your co-op's account the day after {c.JoinBy:MMMM d, yyyy}; you can leave until then."]
                        : [$"Your co-op will not be billed for {c.Name}.", $"You can join again until {c.JoinBy:MMMM d, yyyy}."],
                    joining ? "Yes, join" : "Yes, leave", Url.Page("/MyCoop/Campaigns")!, Url.Page("/MyCoop/Campaigns", joining ? "Join" : "Leave")!,
                    [ConfirmDecisionModel.Field("id", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))])
                { Serious = !joining };
            }
        }

        return Page();
    }

    public Task<IActionResult> OnPostJoinAsync(int id) => ChangeAsync(id, true);

    public Task<IActionResult> OnPostLeaveAsync(int id) => ChangeAsync(id, false);

    private async Task<IActionResult> ChangeAsync(int id, bool join)
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        var ok = join
            ? (await TrySendAsync(new JoinCampaign(id, coopId))).Ok
            : (await TrySendAsync(new LeaveCampaign(id, coopId))).Ok;
        if (ok)
        {
            Flash(join ? "Your co-op has joined the campaign." : "Your co-op has left the campaign.");
            return RedirectToPage();
        }

        Campaigns = await Mediator.Send(new ListOpenCampaignsForCoop(coopId), HttpContext.RequestAborted);
        return Page();
    }
}
