using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Coops;

/// <summary>Staff enter a co-op directly, e.g. an existing member when the alliance starts using the registry.</summary>
public sealed class CreateModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public CreateCoop Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, id) = await TrySendAsync(Input);
        if (!ok)
        {
            return Page();
        }

        Flash($"{Input.LegalName} is registered as {Input.Status.Describe().ToLowerInvariant()}.");
        return RedirectToPage("/Coops/Details", new { id });
    }
}
