using CoopAlliance.Application.Events.Deliberation;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>A commitment owner's follow-up link (no login): how is it going, with a note; an unknown token is 404.</summary>
[EnableRateLimiting(AbuseLimits.PublicForm)]
public sealed class FollowUpModel(IMediator mediator, IStringLocalizer<FollowUpModel> t) : AppPageModel(mediator)
{
    [FromRoute] public string Token { get; set; } = "";
    [BindProperty] public StatusInput Input { get; set; } = new();
    public FollowUpDto FollowUp { get; private set; } = null!;
    public bool Thanked { get; private set; }

    public sealed class StatusInput
    {
        public CommitmentStatus? Status { get; set; }
        public string? Note { get; set; }
        public string? Fax { get; set; }
    }

    public async Task OnGetAsync(bool thanks = false)
    {
        FollowUp = await Mediator.Send(new GetFollowUp(Token), HttpContext.RequestAborted);
        Thanked = thanks;
        Input.Status ??= FollowUp.Status;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        FollowUp = await Mediator.Send(new GetFollowUp(Token), HttpContext.RequestAborted);
        if (Input.Status is null)
        {
            ModelState.AddModelError("Input.Status", t["Choose how it is going."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, _) = await TrySendAsync(new ReportCommitmentStatus { Token = Token, Status = Input.Status!.Value, Note = Input.Note, Fax = Input.Fax });
        return ok ? RedirectToPage(new { Token, thanks = true }) : Page();
    }
}
