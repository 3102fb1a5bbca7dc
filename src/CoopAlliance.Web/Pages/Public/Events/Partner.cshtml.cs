using CoopAlliance.Application.Events.Partners;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>
/// A planning partner's page from the invitation link (no login): answer interested / not now, and once joined see
/// the roles and the whole planning list, marking their own organisation's tasks done. An unknown link is a plain 404.
/// </summary>
[EnableRateLimiting(AbuseLimits.PublicForm)]
public sealed class PartnerModel(IMediator mediator, IStringLocalizer<PartnerModel> t) : AppPageModel(mediator)
{
    [FromRoute] public string Token { get; set; } = "";

    public PartnerPageDto View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(InvitationAnswer answer)
    {
        var (ok, _) = await TrySendAsync(new AnswerInvitation(Token, answer), "");
        return await AfterAsync(ok, answer == InvitationAnswer.Interested
            ? t["Thank you for joining the planning. Your roles and the task list are below."]
            : t["Thank you for letting us know. You can change your mind from this page."]);
    }

    public async Task<IActionResult> OnPostTaskAsync(int taskId, bool done)
    {
        var (ok, _) = await TrySendAsync(new MarkPartnerTask(Token, taskId, done), "");
        return await AfterAsync(ok, done ? t["Task marked done. Thank you!"] : t["Task reopened."]);
    }

    private async Task<IActionResult> AfterAsync(bool ok, string message)
    {
        if (ok)
        {
            Flash(message);
            return RedirectToPage(new { token = Token });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var view = await FindAsync(new GetPartnerPage(Token));
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
