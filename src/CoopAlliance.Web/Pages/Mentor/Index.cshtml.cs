using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentor;

/// <summary>Mentor home: the co-ops I mentor (stage, last session) and the offers waiting for my answer.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
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
            ? OfferAnswers.ConfirmDecline(offer, Decline.Reason ?? "", Url.Page("/Mentor/Index")!, Url.Page("/Mentor/Index", "Decline")!, headingLevel: 4)
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
        Flash($"You are now mentoring {match.DevelopingCoopName}. Thank you!");
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
            ModelState.AddModelError("Decline.Reason", OfferAnswers.ReasonMissing);
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

        Flash($"You declined to mentor {offer.DevelopingCoopName}. The staff will look for another mentor.");
        return RedirectToPage("/Mentor/Index");
    }

    private async Task LoadAsync()
    {
        var coops = await Mediator.Send(new ListDevelopingCoops { PageSize = 200, IncludeGraduated = true }, HttpContext.RequestAborted);
        MyCoops = coops.Items.Where(c => c.MatchStatus == MatchStatus.Active).ToList();
        Offers = await Mediator.Send(new ListMatches(MatchStatus.Offered), HttpContext.RequestAborted);
    }
}
