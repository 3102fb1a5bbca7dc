using CoopAlliance.Application.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>"Suggest matches": the exact whole-cohort assignment with each pair explained, the greedy total beside it, and publishing.</summary>
public sealed class SuggestionsModel(IMediator mediator) : AppPageModel(mediator)
{
    public SuggestionsResult Result { get; private set; } = null!;

    /// <summary>The chosen pairs, as "mentorId:coopId".</summary>
    [BindProperty] public List<string> Selected { get; set; } = [];
    [BindProperty] public bool Confirmed { get; set; }
    public bool Confirming { get; private set; }

    public async Task OnGetAsync() => Result = await Mediator.Send(new GetSuggestions(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostPublishAsync()
    {
        await OnGetAsync();
        var pairs = Selected.Select(s => s.Split(':')).Where(p => p.Length == 2 && int.TryParse(p[0], out _) && int.TryParse(p[1], out _))
            .Select(p => new PairToPublish(int.Parse(p[0]), int.Parse(p[1]))).ToList();
        if (pairs.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Choose at least one suggested match to publish.");
            return Page();
        }

        if (!Confirmed)
        {
            Confirming = true;
            return Page();
        }

        var (ok, ids) = await TrySendAsync(new PublishSuggestions(pairs), "");
        if (!ok)
        {
            return Page();
        }

        Flash(ids.Count == 1 ? "1 match is offered to its mentor, who gets an email." : $"{ids.Count} matches are offered to their mentors, who get an email.");
        return RedirectToPage("/Mentoring/Matches", new { status = "Offered" });
    }

    public static string Key(SuggestionDto s) => $"{s.MentorId}:{s.DevelopingCoopId}";
}
