using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Mentor;

/// <summary>
/// A developing co-op the mentor is matched with: its checklist, its timeline and "Log a session". Any other
/// co-op is "not found" — the access rules answer, not this page.
/// </summary>
public sealed class CoopModel(IMediator mediator, AllianceClock clock, IStringLocalizer<CoopModel> words, IStringLocalizer<OfferAnswerModel> offerWords) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public SessionInput Session { get; set; } = new();
    [BindProperty] public OfferDeclineInput Decline { get; set; } = new();

    public DevelopingCoopDetail Coop { get; private set; } = null!;
    /// <summary>The co-op's sessions, newest first, with the notes and next steps agreed.</summary>
    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];
    public DateOnly Today => clock.Today;
    /// <summary>The match the mentor works on: sessions and ticks need it to be active.</summary>
    public bool IsActive => Coop.Mentor is { Status: MatchStatus.Active };
    /// <summary>The offer of this co-op waiting for the mentor's answer: they accept or decline it here, where they read about the co-op.</summary>
    public MatchDto? Offer { get; private set; }
    /// <summary>The decline of <see cref="Offer"/> waiting for "are you sure?".</summary>
    public ConfirmDecisionModel? DeclineConfirmation { get; private set; }

    public OfferAnswerModel Answer(MatchDto offer) =>
        new(offer, Decline, ModelState["Decline.Reason"]?.Errors.FirstOrDefault()?.ErrorMessage, DeclineConfirmation);

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

        var title = Coop.Milestones.FirstOrDefault(m => m.Id == milestoneId)?.Title ?? words["The milestone"];
        Flash(done ? words["\u201C{0}\u201D is done.", title] : words["\u201C{0}\u201D is open again.", title]);
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
            ModelState.AddModelError(string.Empty, words["You can log sessions once you have accepted the offer."]);
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

        Flash(words["Your session of {0} with {1} is logged.", Shared.RepDates.ShortDay(Session.HeldOn ?? Today), Coop.Name]);
        return RedirectToPage("/Mentor/Coop", new { id = Id });
    }

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Offer is null)
        {
            ModelState.AddModelError(string.Empty, words["There is no offer of this co-op waiting for your answer."]);
            return Page();
        }

        var (ok, _) = await TrySendAsync(new AcceptOffer(Offer.Id), "");
        if (!ok)
        {
            return Page();
        }

        Flash(words["You are now mentoring {0}. Thank you!", Coop.Name]);
        return RedirectToPage("/Mentor/Coop", new { id = Id });
    }

    public async Task<IActionResult> OnPostDeclineAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Offer is null)
        {
            ModelState.AddModelError(string.Empty, words["There is no offer of this co-op waiting for your answer."]);
            return Page();
        }

        Decline.MatchId = Offer.Id;
        if (string.IsNullOrWhiteSpace(Decline.Reason))
        {
            ModelState.AddModelError("Decline.Reason", offerWords[OfferAnswers.ReasonMissing]);
            return Page();
        }

        if (!Decline.Confirmed)
        {
            DeclineConfirmation = OfferAnswers.ConfirmDecline(Offer, Decline.Reason, Url.Page("/Mentor/Coop", new { id = Id })!,
                Url.Page("/Mentor/Coop", "Decline", new { id = Id })!, headingLevel: 3, offerWords);
            return Page();
        }

        var (ok, _) = await TrySendAsync(new DeclineOffer(Offer.Id, Decline.Reason), "Decline");
        if (!ok)
        {
            return Page();
        }

        // The co-op is no longer the mentor's to open: back to their home, where the next offers are.
        Flash(words["You declined to mentor {0}. The staff will look for another mentor.", Coop.Name]);
        return RedirectToPage("/Mentor/Index");
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
        Offer = coop.Mentor is { Status: MatchStatus.Offered } offered ? await FindAsync(new GetMatch(offered.MatchId)) : null;
        return true;
    }

    [ValidatedAs(typeof(LogSession))]
    public sealed class SessionInput
    {
        [Display(Name = "Date")] public DateOnly? HeldOn { get; set; }
        [Display(Name = "Duration (minutes)")] public int? Minutes { get; set; }
        [Display(Name = "Topics")] public string? Topics { get; set; }
        [Display(Name = "Notes")] public string? Notes { get; set; }
        [Display(Name = "Next steps")] public string? NextSteps { get; set; }
    }
}
