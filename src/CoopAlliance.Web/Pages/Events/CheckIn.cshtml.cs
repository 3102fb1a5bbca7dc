using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Events.Day;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>
/// Check-in at the door, made for a volunteer's phone: one big search box (name or the short code from the
/// confirmation), big buttons, one column, plain forms that work without script, and "x of y checked in" at the top.
/// After a check-in the search is cleared for the next person and a line says who was checked in.
/// </summary>
public sealed class CheckInModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public CheckInSearch Search { get; private set; } = null!;

    /// <summary>"9:04 AM" on the alliance's clock.</summary>
    public string TimeOfDay(DateTimeOffset at) => clock.ToLocal(at).ToString("h:mm tt", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostCheckInAsync(int registrationId)
    {
        var (ok, person) = await TrySendAsync(new CheckInRegistration(Id, registrationId), "");
        if (!ok)
        {
            return await ShowAsync();
        }

        Flash($"Checked in: {person.Name}");
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostUndoAsync(int registrationId)
    {
        var (ok, person) = await TrySendAsync(new UndoCheckIn(Id, registrationId), "");
        if (!ok)
        {
            return await ShowAsync();
        }

        Flash($"Check-in taken back: {person.Name}");
        return RedirectToPage(new { id = Id, q = Q });
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (Q is { Length: > 100 })
        {
            Q = Q[..100];
        }

        var search = await FindAsync(new FindForCheckIn(Id, Q));
        if (search is null)
        {
            return NotFound();
        }

        Search = search;
        return Page();
    }
}
