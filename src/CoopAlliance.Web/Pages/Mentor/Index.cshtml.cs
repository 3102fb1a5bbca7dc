using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Mentor;

/// <summary>Mentor home: the co-ops I mentor (stage, last session) and the offers waiting for my answer.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<IndexModel> words, IStringLocalizer<OfferAnswerModel> offerWords) : AppPageModel(mediator)
{
    public IReadOnlyList<DevelopingCoopListItem> MyCoops { get; private set; } = [];
    public IReadOnlyList<MatchDto> Offers { get; private set; } = [];

    [BindProperty] public OfferDeclineInput Decline { get; set; } = new();

    /// <summary>The offer whose decline waits for "are you sure?".</summary>
    public MatchDto? Confirming { get; private set; }

    /// <summary>The answer forms of one offer (or the confirmation of its decline).</summary>
    public OfferAnswerModel Answer(MatchDto offer) => new(offer, Decline,
        Decline.MatchId == offer.Id ? ModelState["Decline.Reason"]?.Errors.FirstOrDefault()?.ErrorMessage : null,
        Confirming?.Id == offer.Id
            ? OfferAnswers.ConfirmDecline(offer, Decline.Reason ?? "", Url.Page("/Mentor/Index")!, Url.Page("/Mentor/Index", "Decline")!, headingLevel: 4, offerWords)
            : null);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAcceptAsync(int matchId)
    {
        var (ok, _) = await TrySendAsync(new AcceptOffer(matchId), "");
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }

        var match = await Mediator.Send(new GetMatch(matchId), HttpContext.RequestAborted);
        Flash(words["You are now mentoring {0}. Thank you!", match.DevelopingCoopName]);
        return RedirectToPage("/Mentor/Coop", new { id = match.DevelopingCoopId });
    }

    public async Task<IActionResult> OnPostDeclineAsync()
    {
        await LoadAsync();
        var offer = Offers.FirstOrDefault(o => o.Id == Decline.MatchId);
        if (offer is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Decline.Reason))
        {
            ModelState.AddModelError("Decline.Reason", offerWords[OfferAnswers.ReasonMissing]);
            return Page();
        }

        if (!Decline.Confirmed)
        {
            Confirming = offer;
            return Page();
        }

        var (ok, _) = await TrySendAsync(new DeclineOffer(offer.Id, Decline.Reason), "Decline");
        if (!ok)
        {
            return Page();
        }

        Flash(words["You declined to mentor {0}. The staff will look for another mentor.", offer.DevelopingCoopName]);
        return RedirectToPage("/Mentor/Index");
    }

    private async Task LoadAsync()
    {
        var coops = await Mediator.Send(new ListDevelopingCoops { PageSize = 200, IncludeGraduated = true }, HttpContext.RequestAborted);
        MyCoops = coops.Items.Where(c => c.MatchStatus == MatchStatus.Active).ToList();
        Offers = await Mediator.Send(new ListMatches(MatchStatus.Offered), HttpContext.RequestAborted);
    }
}
