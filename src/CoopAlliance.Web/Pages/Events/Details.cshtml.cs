using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>
/// Staff: one event's overview and setup — its themes, rooms, time slots and ticket types (add and remove), publishing, and
/// cancelling after a confirmation. One command per form.
/// </summary>
public sealed class DetailsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public ThemeInput Theme { get; set; } = new();
    [BindProperty] public RoomInput Room { get; set; } = new();
    [BindProperty] public SlotInput Slot { get; set; } = new();
    [BindProperty] public TicketInput Ticket { get; set; } = new();

    public EventDetail Event { get; private set; } = null!;
    public ConfirmDecisionModel? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool cancel = false)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Slot = new SlotInput { StartsAt = Event.StartsAt, EndsAt = Event.StartsAt.AddHours(1) };
        if (cancel && Event.Status != EventStatus.Cancelled)
        {
            Confirm = new ConfirmDecisionModel($"Cancel {Event.Title}?",
                ["It leaves the public pages and takes no more registrations or session proposals.",
                    $"{Event.Counts.Registrations} registration{(Event.Counts.Registrations == 1 ? "" : "s")} so far; tell those people yourself.",
                    "A cancelled event cannot be published again."],
                "Yes, cancel the event", Url.Page("/Events/Details", new { id = Id })!, Url.Page("/Events/Details", "Cancel", new { id = Id })!, []);
        }

        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync() => RunAsync(new PublishEvent(Id), "Event published.", "Input");

    public Task<IActionResult> OnPostCancelAsync() => RunAsync(new CancelEvent(Id), "Event cancelled.", "Input");

    public Task<IActionResult> OnPostThemeAsync() => RunAsync(new AddEventTheme(Id, Theme.Name ?? ""), "Theme added.", nameof(Theme));

    public Task<IActionResult> OnPostRemoveThemeAsync(int partId) => RunAsync(new RemoveEventTheme(Id, partId), "Theme removed.", nameof(Theme));

    public Task<IActionResult> OnPostRoomAsync() =>
        RunAsync(new AddEventRoom(Id, Room.Name ?? "", Room.Capacity, Room.AccessibilityNotes), "Room added.", nameof(Room));

    public Task<IActionResult> OnPostRemoveRoomAsync(int partId) => RunAsync(new RemoveEventRoom(Id, partId), "Room removed.", nameof(Room));

    public Task<IActionResult> OnPostSlotAsync() =>
        RunAsync(new AddEventTimeSlot(Id, Slot.StartsAt ?? default, Slot.EndsAt ?? default, Slot.Label), "Time slot added.", nameof(Slot));

    public Task<IActionResult> OnPostRemoveSlotAsync(int partId) => RunAsync(new RemoveEventTimeSlot(Id, partId), "Time slot removed.", nameof(Slot));

    public Task<IActionResult> OnPostTicketAsync() =>
        RunAsync(new AddTicketType(Id, Ticket.Kind, Ticket.Name ?? "", Ticket.Price ?? 0, Ticket.SuggestedPrice), "Ticket type added.", nameof(Ticket));

    public Task<IActionResult> OnPostRemoveTicketAsync(int partId) => RunAsync(new RemoveTicketType(Id, partId), "Ticket type removed.", nameof(Ticket));

    private async Task<IActionResult> RunAsync<T>(IRequest<T> request, string done, string prefix)
    {
        var (ok, _) = await TrySendAsync(request, prefix);
        if (ok)
        {
            Flash(done);
            return RedirectToPage("/Events/Details", new { id = Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await FindAsync(new GetEvent(Id)) is not { } ev)
        {
            return false;
        }

        Event = ev;
        return true;
    }

    public static IEnumerable<SelectListItem> KindChoices => Enum.GetValues<TicketKind>().Select(k => new SelectListItem(k.Describe(), k.ToString()));

    public sealed class ThemeInput
    {
        [Display(Name = "Theme")] public string? Name { get; set; }
    }

    public sealed class RoomInput
    {
        [Display(Name = "Room")] public string? Name { get; set; }
        [Display(Name = "Seats (optional)")] public int? Capacity { get; set; }
        [Display(Name = "Accessibility notes")] public string? AccessibilityNotes { get; set; }
    }

    public sealed class SlotInput
    {
        [Display(Name = "Starts")] public DateTime? StartsAt { get; set; }
        [Display(Name = "Ends")] public DateTime? EndsAt { get; set; }
        [Display(Name = "Label (optional)")] public string? Label { get; set; }
    }

    public sealed class TicketInput
    {
        [Display(Name = "Kind")] public TicketKind Kind { get; set; } = TicketKind.Community;
        [Display(Name = "Name")] public string? Name { get; set; }
        [Display(Name = "Price (the least, for solidarity)")] public decimal? Price { get; set; }
        [Display(Name = "Suggested amount (solidarity)")] public decimal? SuggestedPrice { get; set; }
    }
}
