using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.MyCoop;

/// <summary>
/// "Joint campaigns" for a rep: what the co-op can join before each deadline, with the share it would pay; join or leave
/// after a confirmation that names the estimated share; once charged, the share and its statement on the dues page.
/// </summary>
public sealed class CampaignsModel(IMediator mediator, IStringLocalizer<CampaignsModel> text) : AppPageModel(mediator)
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
                var sharing = text[c.Sharing.Describe()].Value.ToLowerInvariant();
                var joinBy = Formats.LongDay(c.JoinBy);
                Confirm = new ConfirmDecisionModel(joining ? text["Join {0}?", c.Name] : text["Leave {0}?", c.Name],
                    joining
                        ? [text["Your co-op's share is estimated at {0} ({1}, with the co-ops that joined so far).", Money.Format(c.EstimatedShare), sharing],
                            text["The share is fixed and billed on your co-op's account the day after {0}; you can leave until then.", joinBy]]
                        : [text["Your co-op will not be billed for {0}.", c.Name], text["You can join again until {0}.", joinBy]],
                    joining ? text["Yes, join"] : text["Yes, leave"], Url.Page("/MyCoop/Campaigns")!, Url.Page("/MyCoop/Campaigns", joining ? "Join" : "Leave")!,
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
            Flash(join ? text["Your co-op has joined the campaign."] : text["Your co-op has left the campaign."]);
            return RedirectToPage();
        }

        Campaigns = await Mediator.Send(new ListOpenCampaignsForCoop(coopId), HttpContext.RequestAborted);
        return Page();
    }
}
