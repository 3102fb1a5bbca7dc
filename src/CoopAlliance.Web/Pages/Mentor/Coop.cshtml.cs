using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentor;

/// <summary>
/// A developing co-op the mentor is matched with: its checklist, its timeline and "Log a session". Any other
/// co-op is "not found" — the access rules answer, not this page.
/// </summary>
public sealed class CoopModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public SessionInput Session { get; set; } = new();

    public DevelopingCoopDetail Coop { get; private set; } = null!;
    /// <summary>The co-op's sessions, newest first, with the notes and next steps agreed.</summary>
    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];
    public DateOnly Today => clock.Today;
    /// <summary>The match the mentor works on: sessions and ticks need it to be active.</summary>
    public bool IsActive => Coop.Mentor is { Status: MatchStatus.Active };

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Session.HeldOn ??= Today;
        return Page();
    }

    public async Task<IActionResult> OnPostTickAsync(int milestoneId, bool done)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new TickMilestone(Id, milestoneId, done), "");
        if (!ok)
        {
            return Page();
        }

        var title = Coop.Milestones.FirstOrDefault(m => m.Id == milestoneId)?.Title ?? "The milestone";
        Flash(done ? $"\u201C{title}\u201D is done." : $"\u201C{title}\u201D is open again.");
        return RedirectToPage("/Mentor/Coop", null, new { id = Id }, "milestones");
    }

    public async Task<IActionResult> OnPostLogSessionAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!IsActive)
        {
            ModelState.AddModelError(string.Empty, "You can log sessions once you have accepted the offer.");
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, _) = await TrySendAsync(new LogSession(Coop.Mentor!.MatchId, Session.HeldOn ?? default, Session.Minutes ?? 0,
            Session.Topics ?? "", Session.Notes, Session.NextSteps), "Session");
        if (!ok)
        {
            return Page();
        }

        Flash($"Your session of {Session.HeldOn:MMM d} with {Coop.Name} is logged.");
        return RedirectToPage("/Mentor/Coop", new { id = Id });
    }

    private async Task<bool> LoadAsync()
    {
        var coop = await FindAsync(new GetDevelopingCoop(Id));
        if (coop is null)
        {
            return false;
        }

        Coop = coop;
        Sessions = await Mediator.Send(new ListSessions(Id), HttpContext.RequestAborted);
        return true;
    }

    public sealed class SessionInput
    {
        [Display(Name = "Date")] public DateOnly? HeldOn { get; set; }
        [Display(Name = "Duration (minutes)")] public int? Minutes { get; set; }
        public string? Topics { get; set; }
        public string? Notes { get; set; }
        [Display(Name = "Next steps")] public string? NextSteps { get; set; }
    }
}
