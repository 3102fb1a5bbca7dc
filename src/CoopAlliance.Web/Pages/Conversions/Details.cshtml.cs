using CoopAlliance.Application.Conversions;
using CoopAlliance.Domain.Conversions;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Conversions;

/// <summary>
/// One conversion: the business, the owner's timeline, the workers, notes per stage and the stage history; moving
/// it on, closing it as not converted (confirmed, with the reason) and converting it into a developing co-op (confirmed).
/// </summary>
public sealed class DetailsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? NoteText { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    [BindProperty] public int Version { get; set; }

    public ConversionDetail Conversion { get; private set; } = null!;
    public bool ConfirmingNotConverted { get; private set; }
    public bool ConfirmingConvert { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostNextAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Conversion.NextStage is not { } next)
        {
            ModelState.AddModelError("", "This conversion has no next stage to move to.");
            return Page();
        }

        var (ok, _) = await TrySendAsync(new MoveConversion(Id, next, Note, Version), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"{Conversion.BusinessName} is now at the {next.Describe().ToLowerInvariant()} stage.");
        return RedirectToPage("/Conversions/Details", new { id = Id });
    }

    public async Task<IActionResult> OnPostNotConvertedAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Say why the business is not converting.");
            return Page();
        }

        if (!Confirmed)
        {
            ConfirmingNotConverted = true;
            return Page();
        }

        var (ok, _) = await TrySendAsync(new MoveConversion(Id, ConversionStage.NotConverted, Reason, Version), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"{Conversion.BusinessName} is closed as not converted.");
        return RedirectToPage("/Conversions/Details", new { id = Id });
    }

    public async Task<IActionResult> OnPostConvertAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            ConfirmingConvert = true;
            return Page();
        }

        var (ok, coopId) = await TrySendAsync(new ConvertConversion(Id), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"{Conversion.BusinessName} is converted: it is now a developing co-op in the mentoring pipeline.");
        return RedirectToPage("/Mentoring/Coop", new { id = coopId });
    }

    public async Task<IActionResult> OnPostNoteAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new AddConversionNote(Id, NoteText ?? ""), "");
        if (!ok)
        {
            if (ModelState.TryGetValue("Text", out var entry))
            {
                foreach (var e in entry.Errors)
                {
                    ModelState.AddModelError(nameof(NoteText), e.ErrorMessage);
                }

                ModelState.Remove("Text");
            }

            return Page();
        }

        Flash("The note is saved.");
        return RedirectToPage("/Conversions/Details", null, new { id = Id }, "notes");
    }

    private async Task<bool> LoadAsync()
    {
        var conversion = await FindAsync(new GetConversion(Id));
        if (conversion is null)
        {
            return false;
        }

        Conversion = conversion;
        if (Version == 0)
        {
            Version = conversion.Version;
        }

        return true;
    }
}
