using CoopAlliance.Application.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Coops;

/// <summary>Staff edit a co-op's profile; the hidden version refuses to overwrite someone else's save.</summary>
public sealed class EditModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public UpdateCoop Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await FindAsync(new GetCoop(id)) is not { } coop)
        {
            return NotFound();
        }

        Input = UpdateCoop.From(coop);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
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

        Flash($"The profile of {(string.IsNullOrWhiteSpace(Input.TradeName) ? Input.LegalName : Input.TradeName)} is saved.");
        return RedirectToPage("/Coops/Details", new { id });
    }
}
