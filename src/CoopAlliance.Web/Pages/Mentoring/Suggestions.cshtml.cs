using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring.Matching;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>
/// "Suggest matches": the best whole-cohort assignment with each pair explained in words, the total of matching one
/// co-op at a time beside it, and publishing. Nothing is ticked until staff choose; the confirmation names each pair.
/// </summary>
public sealed class SuggestionsModel(IMediator mediator) : AppPageModel(mediator)
{
    public SuggestionsResult Result { get; private set; } = null!;

    /// <summary>The chosen pairs, as "mentorId:coopId".</summary>
    [BindProperty] public List<string> Selected { get; set; } = [];
    [BindProperty] public bool Confirmed { get; set; }
    public bool Confirming => Confirmation is not null;
    /// <summary>"Offer Riverbend Bakery to Ana Ortiz?": the chosen pairs, waiting for "Yes, publish".</summary>
    public ConfirmDecisionModel? Confirmation { get; private set; }

    public async Task OnGetAsync() => Result = await Mediator.Send(new GetSuggestions(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostPublishAsync()
    {
        await OnGetAsync();
        var pairs = Selected.Select(s => s.Split(':')).Where(p => p.Length == 2 && int.TryParse(p[0], out _) && int.TryParse(p[1], out _))
            .Select(p => new PairToPublish(int.Parse(p[0]), int.Parse(p[1]))).ToList();
        if (pairs.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Tick at least one suggested match to publish.");
            return Page();
        }

        if (!Confirmed)
        {
            Confirmation = Confirm();
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

    private ConfirmDecisionModel Confirm()
    {
        var chosen = Selected.ToHashSet();
        var named = Result.Suggestions.Where(s => chosen.Contains(Key(s))).ToList();
        var title = named.Count == 1
            ? $"Offer {named[0].DevelopingCoopName} to {named[0].MentorName}?"
            : $"Offer these {Selected.Count} matches?";
        IReadOnlyList<string> consequences = named.Count == 1
            ? [$"{named[0].MentorName} gets an email and can accept or decline the offer."]
            : [.. named.Select(s => $"{s.DevelopingCoopName} to {s.MentorName}"), "Each mentor gets an email and can accept or decline the offer."];
        return new ConfirmDecisionModel(title, consequences, "Yes, publish", Url.Page("/Mentoring/Suggestions")!,
            Url.Page("/Mentoring/Suggestions", "Publish")!,
            [.. Selected.Select(s => ConfirmDecisionModel.Field(nameof(Selected), s)), ConfirmDecisionModel.Field(nameof(Confirmed), "true")])
        {
            HeadingLevel = 3,
            Serious = false,
        };
    }

    /// <summary>The most a pair can score.</summary>
    public static int MaxScore => ScoringRules.MaxScore;

    public static string Key(SuggestionDto s) => $"{s.MentorId}:{s.DevelopingCoopId}";

    /// <summary>One part of a pair's score in words: "same sector: 10 of 10 points".</summary>
    public static string InWords(ScorePartDto part) =>
        $"{part.Explanation}: {part.Points} of {ScoringRules.MaxPoints(part.Factor)} point{(ScoringRules.MaxPoints(part.Factor) == 1 ? "" : "s")}";
}
