using CoopAlliance.Application.Events.Planning;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>A published public event: description, venue and accessibility, themes, tickets and the programme; links to register and propose.</summary>
public sealed class EventModel(IMediator mediator) : AppPageModel(mediator)
{
    public PublicEventDetail Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? slug)
    {
        if (await FindAsync(new GetPublicEvent(id)) is not { } ev)
        {
            return NotFound();
        }

        if (!string.Equals(slug, ev.Slug, StringComparison.Ordinal) && ev.Slug.Length > 0)
        {
            return RedirectPermanent($"/events/{id}/{ev.Slug}");
        }

        Event = ev;
        return Page();
    }
}
