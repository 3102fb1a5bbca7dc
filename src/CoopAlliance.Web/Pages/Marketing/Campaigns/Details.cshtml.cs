using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Marketing.Campaigns;

/// <summary>
/// Staff: one campaign — its participants with their shares (estimated from today's worker counts until charged, then
/// the share billed and its invoice), the CSV, the edit form, and cancelling after a confirmation.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class DetailsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public CampaignInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public CampaignDetail Campaign { get; private set; } = null!;
    public ConfirmDecisionModel? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool cancel = false)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = CampaignInput.From(Campaign);
        Version = Campaign.Version;
        if (cancel && Campaign.Status == Domain.Marketing.CampaignStatus.Open)
        {
            Confirm = new ConfirmDecisionModel($"Cancel {Campaign.Name}?",
                [$"{Campaign.ParticipantCount} co-op{(Campaign.ParticipantCount == 1 ? "" : "s")} that joined will not be billed.", "The campaign cannot be reopened."],
                "Yes, cancel the campaign", Url.Page("/Marketing/Campaigns/Details", new { id })!, Url.Page("/Marketing/Campaigns/Details", "Cancel", new { id })!, []);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id)
    {
        var file = await FindAsync(new ExportCampaignParticipants(id));
        return file is null ? NotFound() : File(file.Content, "text/csv", file.FileName);
    }

    public async Task<IActionResult> OnGetGuideAsync(int id)
    {
        var file = await FindAsync(new GetCampaignGuidePdf(id));
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var (ok, _) = await TrySendAsync(Input.ToUpdate(id, Version));
        if (ok)
        {
            Flash("Campaign saved.");
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id)
    {
        var (ok, _) = await TrySendAsync(new CancelCampaign(id));
        if (ok)
        {
            Flash("Campaign cancelled; nobody will be billed for it.");
            return RedirectToPage(new { id });
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = CampaignInput.From(Campaign);
        Version = Campaign.Version;
        return Page();
    }

    public static string Share(CampaignParticipantDto p) => p.Estimated ? $"{Money.Format(p.Share)} (estimated)" : Money.Format(p.Share);

    private async Task<bool> LoadAsync(int id)
    {
        var campaign = await FindAsync(new GetCampaign(id));
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        return true;
    }
}
