using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>
/// Staff: the call for sessions — proposals to decide (accept, decline with a note, ask for changes), the programme grid by
/// time slot and room with a schedule form per accepted session (clashes shown beside the session), and adding a session.
/// </summary>
public sealed class SessionsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public SessionStatus? Status { get; set; }
    [BindProperty] public DecisionInput Decision { get; set; } = new();
    [BindProperty] public ScheduleInput Schedule { get; set; } = new();
    [BindProperty] public StaffSessionInput Add { get; set; } = new();

    public EventDetail Event { get; private set; } = null!;
    public IReadOnlyList<EventSessionDto> Sessions { get; private set; } = [];
    /// <summary>The session whose decision or scheduling was just refused, so the page shows the reason beside it.</summary>
    public int? FailedSessionId { get; private set; }
    public string? FailedMessage { get; private set; }

    public IEnumerable<SelectListItem> RoomChoices => Event.Rooms.Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public IEnumerable<SelectListItem> SlotChoices => Event.Slots.Select(s =>
        new SelectListItem($"{s.StartsAt:MMM d h:mm tt}–{s.EndsAt:h:mm tt}{(s.Label is null ? "" : " " + s.Label)}", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public IEnumerable<SelectListItem> ThemeChoices =>
        new[] { new SelectListItem("No theme", "") }.Concat(Event.Themes.Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static IEnumerable<SelectListItem> FormatChoices => Enum.GetValues<SessionFormat>().Select(f => new SelectListItem(f.Describe(), f.ToString()));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostDecideAsync(int sessionId) =>
        RunAsync(new DecideSession(Id, sessionId, Decision.Decision, Decision.Note, Decision.Version), sessionId, "Decision saved; the proposer is told by email.", nameof(Decision));

    public Task<IActionResult> OnPostScheduleAsync(int sessionId) =>
        RunAsync(new ScheduleSession(Id, sessionId, Schedule.RoomId ?? 0, Schedule.SlotId ?? 0), sessionId, "Session put on the programme.", nameof(Schedule));

    public Task<IActionResult> OnPostUnscheduleAsync(int sessionId) =>
        RunAsync(new UnscheduleSession(Id, sessionId), sessionId, "Session taken off the programme.", nameof(Schedule));

    public Task<IActionResult> OnPostAddAsync() =>
        RunAsync(new AddSessionByStaff(Id, Add.Title ?? "", Add.ThemeId, Add.Format, Add.Description, SplitPresenters(Add.Presenters), Add.Needs,
            Add.DurationMinutes ?? 0, Add.Capacity, Add.ContactEmail ?? ""), null, "Session added (accepted); schedule it below.", nameof(Add));

    /// <summary>Presenters typed one per line or separated by commas.</summary>
    public static List<string> SplitPresenters(string? text) =>
        (text ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task<IActionResult> RunAsync<T>(IRequest<T> request, int? sessionId, string done, string prefix)
    {
        var (ok, _) = await TrySendAsync(request, prefix);
        if (ok)
        {
            Flash(done);
            return RedirectToPage("/Events/Sessions", new { id = Id, Status });
        }

        FailedSessionId = sessionId;
        FailedMessage = ModelState.Where(kv => kv.Value?.Errors.Count > 0).SelectMany(kv => kv.Value!.Errors).Select(e => e.ErrorMessage).FirstOrDefault();
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await FindAsync(new GetEvent(Id)) is not { } ev)
        {
            return false;
        }

        Event = ev;
        Sessions = await Mediator.Send(new ListSessions(Id, Status), HttpContext.RequestAborted);
        if (Status is not null)
        {
            // The programme grid always shows every scheduled session, whatever the list's filter.
            Scheduled = (await Mediator.Send(new ListSessions(Id, SessionStatus.Accepted), HttpContext.RequestAborted)).Where(s => s.SlotId is not null).ToList();
        }
        else
        {
            Scheduled = Sessions.Where(s => s.Status == SessionStatus.Accepted && s.SlotId is not null).ToList();
        }

        return true;
    }

    public IReadOnlyList<EventSessionDto> Scheduled { get; private set; } = [];

    public sealed class DecisionInput
    {
        [Display(Name = "Decision")] public SessionDecision Decision { get; set; } = SessionDecision.Accept;
        [Display(Name = "Note to the proposer")] public string? Note { get; set; }
        public int? Version { get; set; }
    }

    public sealed class ScheduleInput
    {
        [Display(Name = "Room")] public int? RoomId { get; set; }
        [Display(Name = "Time slot")] public int? SlotId { get; set; }
    }

    public sealed class StaffSessionInput
    {
        [Display(Name = "Title")] public string? Title { get; set; }
        [Display(Name = "Theme")] public int? ThemeId { get; set; }
        [Display(Name = "Format")] public SessionFormat Format { get; set; } = SessionFormat.Plenary;
        [Display(Name = "Description")] public string? Description { get; set; }
        [Display(Name = "Presenters (one per line)")] public string? Presenters { get; set; }
        [Display(Name = "Needs (staff only)")] public string? Needs { get; set; }
        [Display(Name = "Minutes")] public int? DurationMinutes { get; set; } = 60;
        [Display(Name = "Places (workshops with sign-up)")] public int? Capacity { get; set; }
        [Display(Name = "Contact email")] public string? ContactEmail { get; set; }
    }
}
