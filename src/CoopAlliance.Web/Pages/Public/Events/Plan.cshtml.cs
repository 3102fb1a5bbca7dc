using CoopAlliance.Application.Events.Deliberation;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>
/// A participant's planning page from their phone (the confirmation link's token; no login): put forward an action,
/// then the board by theme with +/− dot buttons (small forms, no script) and the dots left; totals after the vote closes.
/// </summary>
[EnableRateLimiting(AbuseLimits.PublicForm)]
public sealed class PlanModel(IMediator mediator, IStringLocalizer<PlanModel> t) : AppPageModel(mediator)
{
    [FromRoute] public string Token { get; set; } = "";
    [BindProperty] public ProposalInput Input { get; set; } = new();
    public ProposalBoardDto Board { get; private set; } = null!;
    public int EventId { get; private set; }

    public sealed class ProposalInput
    {
        public string What { get; set; } = "";
        public string? Why { get; set; }
        public int? ThemeId { get; set; }
        public string? WhoItNeeds { get; set; }
        public string? WhoOffers { get; set; }
        public string? Fax { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync()
    {
        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, _) = await TrySendAsync(new PutProposal
        {
            EventId = EventId,
            Token = Token,
            What = Input.What,
            Why = Input.Why,
            ThemeId = Input.ThemeId,
            WhoItNeeds = Input.WhoItNeeds,
            WhoOffers = Input.WhoOffers,
            Fax = Input.Fax,
        });
        if (!ok)
        {
            return Page();
        }

        TempData["Message"] = t["Thank you: your proposal is on the board."].Value;
        return RedirectToPage(new { Token });
    }

    /// <summary>+ or − one dot on a proposal (sets the new count).</summary>
    public async Task<IActionResult> OnPostDotsAsync(int proposalId, int dots)
    {
        await LoadAsync();
        var (ok, _) = await TrySendAsync(new CastDots(EventId, proposalId, Token, Math.Max(0, dots)), "");
        if (!ok)
        {
            return Page();
        }

        return Redirect(Url.Page("/Public/Events/Plan", new { Token }) + $"#p{proposalId}");
    }

    private async Task LoadAsync()
    {
        EventId = await Mediator.Send(new FindParticipantEvent(Token), HttpContext.RequestAborted);
        Board = await Mediator.Send(new ListProposals(EventId, Token), HttpContext.RequestAborted);
    }
}
