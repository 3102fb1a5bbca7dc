using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Marketing.Listings;

/// <summary>Staff review one listing: publish it, send it back with a note the rep sees, or withdraw it (confirmed).</summary>
public sealed class ReviewModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public ListingDetail Listing { get; private set; } = null!;
    public ConfirmDecisionModel? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(int id) => StepAsync(id, ListingAction.Publish, "Published: the listing is in the public directory.");

    public Task<IActionResult> OnPostReturnAsync(int id) => StepAsync(id, ListingAction.Return, "Sent back to the co-op with your note.");

    public async Task<IActionResult> OnPostWithdrawAsync(int id)
    {
        if (!Confirmed)
        {
            if (!await LoadAsync(id))
            {
                return NotFound();
            }

            Confirmation = new ConfirmDecisionModel($"Withdraw \"{Listing.Title}\" of {Listing.CoopName}?",
                ["It leaves the public directory at once.", "The co-op's rep can edit it and submit it again."],
                "Yes, withdraw it", Url.Page("/Marketing/Listings/Review", new { id })!, Url.Page("/Marketing/Listings/Review", "Withdraw", new { id })!,
                [ConfirmDecisionModel.Field("Confirmed", "true"), ConfirmDecisionModel.Field("Version", $"{Version}"), ConfirmDecisionModel.Field("Note", Note)]);
            return Page();
        }

        return await StepAsync(id, ListingAction.Withdraw, "Listing withdrawn.");
    }

    private async Task<IActionResult> StepAsync(int id, ListingAction action, string done)
    {
        var (ok, _) = await TrySendAsync(new ChangeListingStatus(id, action, Note, Version), "");
        if (ok)
        {
            Flash(done);
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var listing = await FindAsync(new GetListing(id));
        if (listing is null)
        {
            return false;
        }

        Listing = listing;
        Version = listing.Version;
        return true;
    }
}
