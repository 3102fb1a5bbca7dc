using CoopAlliance.Application.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.MyCoop;

/// <summary>A rep edits their co-op's profile (not its membership status).</summary>
public sealed class EditModel(IMediator mediator, IStringLocalizer<EditModel> words) : AppPageModel(mediator)
{
    [BindProperty] public UpdateCoop Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (RepCoop.IdOf(User) is not { } id || await FindAsync(new GetCoop(id)) is not { } coop)
        {
            return NotFound();
        }

        Input = UpdateCoop.From(coop);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (RepCoop.IdOf(User) is not { } id)
        {
            return NotFound();
        }

        Input = Input with { Id = id };
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, _) = await TrySendAsync(Input);
        if (!ok)
        {
            return Page();
        }

        Flash(words["Your co-op's profile is saved."]);
        return RedirectToPage("/MyCoop/Index");
    }
}
