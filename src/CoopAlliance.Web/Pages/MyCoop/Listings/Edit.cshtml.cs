using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.MyCoop.Listings;

/// <summary>
/// Write or change one listing, add its photos, and move it along: submit for review, renew, withdraw (with a
/// confirmation). A listing of another co-op is not found.
/// </summary>
public sealed class EditModel(IMediator mediator, IStringLocalizer<EditModel> text) : AppPageModel(mediator)
{
    [BindProperty] public ListingForm Input { get; set; } = new();
    [BindProperty] public bool SubmitForReview { get; set; }
    [BindProperty] public string? AltText { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public ListingDetail? Listing { get; private set; }
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public ConfirmDecisionModel? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Listing is not null)
        {
            Input = ListingForm.From(Listing);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int? id)
    {
        if (id is null)
        {
            var (ok, newId) = await TrySendAsync(Input.ToCreate(RepCoop.IdOf(User) ?? 0, SubmitForReview));
            if (ok)
            {
                Flash(SubmitForReview ? text["Listing sent to the alliance staff for review."] : text["Listing saved as a draft."]);
                return RedirectToPage(new { id = newId });
            }
        }
        else
        {
            var (ok, _) = await TrySendAsync(Input.ToUpdate(id.Value));
            if (ok && SubmitForReview)
            {
                (ok, _) = await TrySendAsync(new ChangeListingStatus(id.Value, ListingAction.Submit));
            }

            if (ok)
            {
                Flash(SubmitForReview ? text["Listing sent to the alliance staff for review."] : text["Changes saved."]);
                return RedirectToPage(new { id });
            }
        }

        await LoadAsync(id);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(int id) => StepAsync(id, ListingAction.Submit, text["Listing sent to the alliance staff for review."]);

    public Task<IActionResult> OnPostRenewAsync(int id) => StepAsync(id, ListingAction.Renew, text["Renewed: the listing stays in the directory for another period."]);

    public async Task<IActionResult> OnPostWithdrawAsync(int id)
    {
        if (!Confirmed)
        {
            if (!await LoadAsync(id))
            {
                return NotFound();
            }

            Input = ListingForm.From(Listing!);
            Confirmation = new ConfirmDecisionModel(text["Withdraw \"{0}\"?", Listing!.Title],
                [text["It leaves the public directory at once."], text["It is kept here: you can edit it and submit it again later."]],
                text["Yes, withdraw it"], Url.Page("/MyCoop/Listings/Edit", new { id })!, Url.Page("/MyCoop/Listings/Edit", "Withdraw", new { id })!,
                [ConfirmDecisionModel.Field("Confirmed", "true")]);
            return Page();
        }

        return await StepAsync(id, ListingAction.Withdraw, text["Listing withdrawn from the directory."]);
    }

    public async Task<IActionResult> OnPostPhotoAsync(int id, IFormFile? photo)
    {
        byte[] bytes = [];
        if (photo is not null)
        {
            using var buffer = new MemoryStream();
            await photo.CopyToAsync(buffer, HttpContext.RequestAborted);
            bytes = buffer.ToArray();
        }

        var (ok, _) = await TrySendAsync(new AddListingPhoto(id, bytes, AltText ?? ""), "");
        if (ok)
        {
            Flash(text["Photo added."]);
            return RedirectToPage(new { id });
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = ListingForm.From(Listing!);
        return Page();
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(int id, int photoId)
    {
        var (ok, _) = await TrySendAsync(new RemoveListingPhoto(id, photoId), "");
        if (ok)
        {
            Flash(text["Photo removed."]);
        }

        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> StepAsync(int id, ListingAction action, string done)
    {
        var (ok, _) = await TrySendAsync(new ChangeListingStatus(id, action), "");
        if (ok)
        {
            Flash(done);
            return RedirectToPage(new { id });
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = ListingForm.From(Listing!);
        return Page();
    }

    private async Task<bool> LoadAsync(int? id)
    {
        Categories = await Mediator.Send(new ListCategories(), HttpContext.RequestAborted);
        if (id is null)
        {
            return true;
        }

        Listing = await FindAsync(new GetListing(id.Value));
        return Listing is not null;
    }
}
