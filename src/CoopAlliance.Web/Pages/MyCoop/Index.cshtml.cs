using CoopAlliance.Application.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyCoop;

/// <summary>The rep's home: their co-op's standing, history, profile and roster.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public CoopDetail Coop { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (RepCoop.IdOf(User) is not { } id || await FindAsync(new GetCoop(id)) is not { } coop)
        {
            return NotFound();
        }

        Coop = coop;
        return Page();
    }
}
