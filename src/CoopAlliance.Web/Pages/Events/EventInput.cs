using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Domain.Events;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>The event form staff fill in to create or edit one. Times are the alliance's wall-clock times.</summary>
[ValidatedAs(typeof(CreateEvent))]
public sealed class EventInput
{
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Summary (one line for lists)")] public string? Summary { get; set; }
    [Display(Name = "Public description")] public string? Description { get; set; }
    [Display(Name = "Starts")] public DateTime? StartsAt { get; set; }
    [Display(Name = "Ends")] public DateTime? EndsAt { get; set; }
    [Display(Name = "Venue")] public string? VenueName { get; set; }
    [Display(Name = "Address")] public string? VenueAddress { get; set; }
    [Display(Name = "Town")] public string? Town { get; set; }
    [Display(Name = "Accessibility notes")] public string? AccessibilityNotes { get; set; }
    [Display(Name = "Public (listed on the site, open to registration without an account)")] public bool IsPublic { get; set; } = true;
    [Display(Name = "Capacity (empty for no limit)")] public int? Capacity { get; set; }
    [Display(Name = "Dots per participant")] public int DotsPerPerson { get; set; } = 5;
    [Display(Name = "Actions tracker visible to")] public TrackerVisibility Tracker { get; set; } = TrackerVisibility.Public;
    [Display(Name = "Follow-up days after the event")] public string? FollowUpDays { get; set; } = "30, 60, 90";

    public static IEnumerable<SelectListItem> TrackerChoices =>
        Enum.GetValues<TrackerVisibility>().Select(t => new SelectListItem(t == TrackerVisibility.Public ? "Everyone" : "Partners only", t.ToString()));

    /// <summary>The follow-up days as numbers, or a field error in <paramref name="state"/> (then null).</summary>
    public List<int>? Days(ModelStateDictionary state, string prefix = "Input")
    {
        var days = new List<int>();
        foreach (var part in (FollowUpDays ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                state.AddModelError($"{prefix}.{nameof(FollowUpDays)}", "Write the follow-up days as numbers separated by commas, e.g. 30, 60, 90.");
                return null;
            }

            days.Add(day);
        }

        return days;
    }

    public CreateEvent ToCreate(List<int> days) => new(Title ?? "", Summary, Description, StartsAt ?? default, EndsAt ?? default, VenueName ?? "",
        VenueAddress, Town, AccessibilityNotes, IsPublic, Capacity, DotsPerPerson, Tracker, days);

    public UpdateEvent ToUpdate(int id, int version, List<int> days) => new(id, version, Title ?? "", Summary, Description, StartsAt ?? default,
        EndsAt ?? default, VenueName ?? "", VenueAddress, Town, AccessibilityNotes, IsPublic, Capacity, DotsPerPerson, Tracker, days);

    public static EventInput From(EventDetail e) => new()
    {
        Title = e.Title,
        Summary = e.Summary,
        Description = e.Description,
        StartsAt = e.StartsAt,
        EndsAt = e.EndsAt,
        VenueName = e.VenueName,
        VenueAddress = e.VenueAddress,
        Town = e.Town,
        AccessibilityNotes = e.AccessibilityNotes,
        IsPublic = e.IsPublic,
        Capacity = e.Capacity,
        DotsPerPerson = e.DotsPerPerson,
        Tracker = e.Tracker,
        FollowUpDays = string.Join(", ", e.FollowUpDays),
    };
}
