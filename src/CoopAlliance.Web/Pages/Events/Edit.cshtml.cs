using CoopAlliance.Application.Events.Planning;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>Staff: edit an event's details (the version read is sent back, so a save over someone else's is refused).</summary>
public sealed class EditModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public EventInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public EventDetail Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await FindAsync(new GetEvent(Id)) is not { } ev)
        {
            return NotFound();
        }

        Event = ev;
        Input = EventInput.From(ev);
        Version = ev.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Days(ModelState) is { } days && ModelState.IsValid)
        {
            var (ok, _) = await TrySendAsync(Input.ToUpdate(Id, Version, days));
            if (ok)
            {
                Flash("Event saved.");
                return RedirectToPage("/Events/Details", new { id = Id });
            }
        }

        if (await FindAsync(new GetEvent(Id)) is not { } ev)
        {
            return NotFound();
        }

        Event = ev;
        return Page();
    }
}
